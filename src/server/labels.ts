/** Labels for copies (a Doc with QR codes) and the catalogue export as CSV. Being written: see issue 3. */
import { UserError } from '../domain/errors';

export function showLabels(): void {
  throw new UserError('error.notSetUp');
}
export function makeLabels(): never {
  throw new UserError('error.notSetUp');
}
export function exportCatalogCsv(): never {
  throw new UserError('error.notSetUp');
}
