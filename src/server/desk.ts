/**
 * The circulation desk: find a reader, the reader's card, issue, return, renew, reserve a title, cancel a
 * reservation (issue 4). A return names the reader each copy is now held for.
 * The overdue warning of an issue comes back as a refusal ({ ok: false }) whose only error has the key
 * 'error.readerOverdue' (no field; the result's message is the warning itself, params name, count,
 * nos), and only when nothing else refuses the issue: the desk shows it and may send the same form
 * again with overrideOverdue: true. Nothing is written until then.
 */
import type { CancelledReservationDto, CancelReservationFormDto, FindReadersDto, IssueFormDto, IssuedDto, ReaderCardDto, ReaderHitDto, RenewedDto, RenewFormDto, ReservedDto, ReserveFormDto, Result, ReturnedDto, ReturnFormDto, VisitDto, VisitFormDto } from '../api';
import { dayText } from '../domain/loans';
import { gasEnv } from '../gas/env';
import { VISIT_KINDS } from '../../sheets-template/options';
import { t } from '../i18n';
import { issueCopies as issueUseCase } from '../usecases/desk/issue';
import { findReaders as findReadersUseCase, readerCard } from '../usecases/desk/readers';
import { renewLoan as renewUseCase } from '../usecases/desk/renew';
import { cancelReservation as cancelUseCase, reserveTitle as reserveUseCase } from '../usecases/desk/reservations';
import { returnCopies as returnUseCase } from '../usecases/desk/return';
import { recordVisit as visitUseCase } from '../usecases/desk/visits';
import { openSidebar, result, workbookLang } from './respond';

export function showDesk(): void {
  openSidebar('Desk', 'menu.desk');
}

export function findReaders(query: FindReadersDto): Result<ReaderHitDto[]> {
  const env = gasEnv();
  return result('findReaders', env, () => ({ value: findReadersUseCase(env, query ?? { query: '', limit: 0 }), message: '' }));
}

export function getReaderCard(ticketNo: number): Result<ReaderCardDto> {
  const env = gasEnv();
  return result('getReaderCard', env, () => ({ value: readerCard(env, ticketNo), message: '' }));
}

export function issueCopies(form: IssueFormDto): Result<IssuedDto> {
  const env = gasEnv();
  return result('issueCopies', env, () => {
    const done = issueUseCase(env, form);
    return {
      value: { ticketNo: done.ticketNo, loans: done.loans },
      message: t(workbookLang(env), 'desk.issued', { name: done.fullName, count: done.loans.length }),
    };
  });
}

export function returnCopies(form: ReturnFormDto): Result<ReturnedDto> {
  const env = gasEnv();
  return result('returnCopies', env, () => {
    const done = returnUseCase(env, form);
    const lang = workbookLang(env);
    const late = done.returned.filter((r) => r.daysLate > 0).map((r) => t(lang, 'desk.returnedLate', { no: r.inventoryNo, days: r.daysLate }));
    const held = done.returned.flatMap((r) => (r.heldFor ? [t(lang, 'desk.returnedHeld', { no: r.inventoryNo, name: r.heldFor.fullName })] : []));
    return { value: done, message: [t(lang, 'desk.returned', { count: done.returned.length }), ...late, ...held].join(' ') };
  });
}

export function renewLoan(form: RenewFormDto): Result<RenewedDto> {
  const env = gasEnv();
  return result('renewLoan', env, () => {
    const done = renewUseCase(env, form);
    return { value: done, message: t(workbookLang(env), 'desk.renewed', { no: done.loan.inventoryNo, due: dayText(done.loan.dueOn) }) };
  });
}

export function reserveTitle(form: ReserveFormDto): Result<ReservedDto> {
  const env = gasEnv();
  return result('reserveTitle', env, () => {
    const done = reserveUseCase(env, form);
    return {
      value: { reservation: done.reservation },
      message: t(workbookLang(env), 'desk.reserved', { name: done.fullName, id: done.reservation.id, position: done.reservation.position }),
    };
  });
}

export function cancelReservation(form: CancelReservationFormDto): Result<CancelledReservationDto> {
  const env = gasEnv();
  return result('cancelReservation', env, () => {
    const done = cancelUseCase(env, form);
    const lang = workbookLang(env);
    const held = done.heldFor ? [t(lang, 'desk.returnedHeld', { no: done.heldFor.inventoryNo, name: done.heldFor.fullName })] : [];
    return { value: done, message: [t(lang, 'desk.reservationCancelled', { id: done.reservation.id }), ...held].join(' ') };
  });
}

export function recordVisit(form: VisitFormDto): Result<VisitDto> {
  const env = gasEnv();
  return result('recordVisit', env, () => {
    const done = visitUseCase(env, form ?? {});
    const lang = workbookLang(env);
    const kind = VISIT_KINDS.find((k) => k.code === done.kind)?.title[lang] ?? done.kind;
    const message = done.fullName ? t(lang, 'desk.visitRecorded', { name: done.fullName, kind }) : t(lang, 'desk.groupVisitRecorded', { people: done.people, kind });
    return { value: done, message };
  });
}
