/**
 * Data validation rules and their builder.
 * https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder
 * https://developers.google.com/apps-script/reference/spreadsheet/data-validation
 * Rules are recorded on cells; a script's own writes are never rejected by them (common understanding,
 * not verified: validation applies to what a user types).
 */
import type { Ctx, GValidation, GValidationBuilder } from './ctx';
import { DataValidationCriteria, enumName, isEnumOf } from './enums';
import type { CriteriaName } from './enums';
import { signatureError } from './errors';
import type { ValidationSpec } from './model';
import { isDate } from './values';

export class ValidationImpl {
  _self!: GValidation;
  constructor(
    private readonly _ctx: Ctx,
    readonly _spec: ValidationSpec,
  ) {}
  getCriteriaType(): GoogleAppsScript.Spreadsheet.DataValidationCriteria {
    return DataValidationCriteria[this._spec.criteria] as unknown as GoogleAppsScript.Spreadsheet.DataValidationCriteria;
  }
  getCriteriaValues(): unknown[] {
    return copyValues(this._spec.values);
  }
  getAllowInvalid(): boolean {
    return this._spec.allowInvalid;
  }
  /** "Gets the rule's help text, or null if no help text is set." (@types says string.) */
  getHelpText(): string {
    return (this._spec.helpText === '' ? null : this._spec.helpText) as string;
  }
  copy(): GValidationBuilder {
    return newBuilder(this._ctx, this._spec);
  }
}

function copyValues(values: readonly unknown[]): unknown[] {
  return values.map((v) => (Array.isArray(v) ? v.slice() : isDate(v) ? new Date(v.getTime()) : v));
}

export class BuilderImpl {
  _self!: GValidationBuilder;
  private _criteria: CriteriaName | null;
  private _values: unknown[];
  private _allowInvalid: boolean;
  private _helpText: string;

  constructor(
    private readonly _ctx: Ctx,
    from?: ValidationSpec,
  ) {
    this._criteria = from?.criteria ?? null;
    this._values = from ? copyValues(from.values) : [];
    this._allowInvalid = from?.allowInvalid ?? true; // "The default for a new data validation rule is true."
    this._helpText = from?.helpText ?? '';
  }

  private _set(c: CriteriaName, values: unknown[]): GValidationBuilder {
    this._criteria = c;
    this._values = values;
    return this._self;
  }
  private _num(method: string, ...xs: unknown[]): number[] {
    for (const x of xs) if (typeof x !== 'number' || !Number.isFinite(x)) throw signatureError(`DataValidationBuilder.${method}`, xs);
    return xs as number[];
  }
  private _date(method: string, ...xs: unknown[]): Date[] {
    for (const x of xs) if (!isDate(x)) throw signatureError(`DataValidationBuilder.${method}`, xs);
    return (xs as Date[]).map((d) => new Date(d.getTime()));
  }

  build(): GValidation {
    if (!this._criteria) throw new Error('You must specify a criteria type for the data validation rule.'); // not verified wording
    const spec: ValidationSpec = Object.freeze({ criteria: this._criteria, values: Object.freeze(copyValues(this._values)), allowInvalid: this._allowInvalid, helpText: this._helpText });
    return validationObject(this._ctx, spec);
  }
  copy(): GValidationBuilder {
    const b = newBuilder(this._ctx);
    const raw = b as unknown as { _criteria: CriteriaName | null; _values: unknown[]; _allowInvalid: boolean; _helpText: string };
    raw._criteria = this._criteria;
    raw._values = copyValues(this._values);
    raw._allowInvalid = this._allowInvalid;
    raw._helpText = this._helpText;
    return b;
  }
  getCriteriaType(): GoogleAppsScript.Spreadsheet.DataValidationCriteria {
    return (this._criteria ? DataValidationCriteria[this._criteria] : null) as unknown as GoogleAppsScript.Spreadsheet.DataValidationCriteria;
  }
  getCriteriaValues(): unknown[] {
    return copyValues(this._values);
  }
  getAllowInvalid(): boolean {
    return this._allowInvalid;
  }
  getHelpText(): string {
    return (this._helpText === '' ? null : this._helpText) as string;
  }
  setAllowInvalid(allowInvalidData: boolean): GValidationBuilder {
    this._allowInvalid = !!allowInvalidData;
    return this._self;
  }
  setHelpText(helpText: string): GValidationBuilder {
    this._helpText = String(helpText ?? '');
    return this._self;
  }
  withCriteria(criteria: unknown, args: unknown[]): GValidationBuilder {
    if (!isEnumOf(criteria, 'DataValidationCriteria') || !Array.isArray(args)) throw signatureError('DataValidationBuilder.withCriteria', [criteria, args]);
    return this._set(enumName(criteria) as CriteriaName, copyValues(args));
  }
  requireValueInList(values: string[], showDropdown?: boolean): GValidationBuilder {
    if (!Array.isArray(values)) throw signatureError('DataValidationBuilder.requireValueInList', [values]);
    return this._set('VALUE_IN_LIST', [values.map(String), showDropdown !== false]);
  }
  requireNumberBetween(start: number, end: number): GValidationBuilder {
    return this._set('NUMBER_BETWEEN', this._num('requireNumberBetween', start, end));
  }
  requireNumberNotBetween(start: number, end: number): GValidationBuilder {
    return this._set('NUMBER_NOT_BETWEEN', this._num('requireNumberNotBetween', start, end));
  }
  requireNumberEqualTo(n: number): GValidationBuilder {
    return this._set('NUMBER_EQUAL_TO', this._num('requireNumberEqualTo', n));
  }
  requireNumberNotEqualTo(n: number): GValidationBuilder {
    return this._set('NUMBER_NOT_EQUAL_TO', this._num('requireNumberNotEqualTo', n));
  }
  requireNumberGreaterThan(n: number): GValidationBuilder {
    return this._set('NUMBER_GREATER_THAN', this._num('requireNumberGreaterThan', n));
  }
  requireNumberGreaterThanOrEqualTo(n: number): GValidationBuilder {
    return this._set('NUMBER_GREATER_THAN_OR_EQUAL_TO', this._num('requireNumberGreaterThanOrEqualTo', n));
  }
  requireNumberLessThan(n: number): GValidationBuilder {
    return this._set('NUMBER_LESS_THAN', this._num('requireNumberLessThan', n));
  }
  requireNumberLessThanOrEqualTo(n: number): GValidationBuilder {
    return this._set('NUMBER_LESS_THAN_OR_EQUAL_TO', this._num('requireNumberLessThanOrEqualTo', n));
  }
  requireDate(): GValidationBuilder {
    return this._set('DATE_IS_VALID_DATE', []);
  }
  requireDateAfter(date: Date): GValidationBuilder {
    return this._set('DATE_AFTER', this._date('requireDateAfter', date));
  }
  requireDateBefore(date: Date): GValidationBuilder {
    return this._set('DATE_BEFORE', this._date('requireDateBefore', date));
  }
  requireDateOnOrAfter(date: Date): GValidationBuilder {
    return this._set('DATE_ON_OR_AFTER', this._date('requireDateOnOrAfter', date));
  }
  requireDateOnOrBefore(date: Date): GValidationBuilder {
    return this._set('DATE_ON_OR_BEFORE', this._date('requireDateOnOrBefore', date));
  }
  requireDateBetween(start: Date, end: Date): GValidationBuilder {
    return this._set('DATE_BETWEEN', this._date('requireDateBetween', start, end));
  }
  requireTextIsEmail(): GValidationBuilder {
    return this._set('TEXT_IS_VALID_EMAIL', []);
  }
  requireTextIsUrl(): GValidationBuilder {
    return this._set('TEXT_IS_VALID_URL', []);
  }
  requireTextContains(text: string): GValidationBuilder {
    return this._set('TEXT_CONTAINS', [String(text)]);
  }
  requireTextDoesNotContain(text: string): GValidationBuilder {
    return this._set('TEXT_DOES_NOT_CONTAIN', [String(text)]);
  }
  requireTextEqualTo(text: string): GValidationBuilder {
    return this._set('TEXT_EQUAL_TO', [String(text)]);
  }
  requireFormulaSatisfied(formula: string): GValidationBuilder {
    return this._set('CUSTOM_FORMULA', [String(formula)]);
  }
  /** requireCheckbox(), requireCheckbox(checked), requireCheckbox(checked, unchecked). */
  requireCheckbox(checkedValue?: unknown, uncheckedValue?: unknown): GValidationBuilder {
    const values = checkedValue === undefined ? [] : uncheckedValue === undefined ? [checkedValue] : [checkedValue, uncheckedValue];
    return this._set('CHECKBOX', values);
  }
}

export function newBuilder(ctx: Ctx, from?: ValidationSpec): GValidationBuilder {
  return ctx.wrap(new BuilderImpl(ctx, from), 'DataValidationBuilder') as unknown as GValidationBuilder;
}

export function validationObject(ctx: Ctx, spec: ValidationSpec): GValidation {
  return ctx.wrap(new ValidationImpl(ctx, spec), 'DataValidation') as unknown as GValidation;
}

/** The recorded rule behind a DataValidation a script passes back to us. */
export function validationSpecOf(rule: unknown, method: string): ValidationSpec {
  const spec = rule && typeof rule === 'object' ? (rule as { _spec?: ValidationSpec })._spec : undefined;
  if (!spec || typeof spec.criteria !== 'string') throw signatureError(method, [rule]);
  return spec;
}
