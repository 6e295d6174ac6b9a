/** The circulation desk: find a reader, issue, return, renew. Being written: see issue 4. */
import type { FindReadersDto, IssueFormDto, IssuedDto, ReaderCardDto, ReaderHitDto, RenewedDto, RenewFormDto, Result, ReturnedDto, ReturnFormDto } from '../api';
import { UserError } from '../domain/errors';

function notYet(): never {
  throw new UserError('error.notSetUp');
}

export function showDesk(): void {
  notYet();
}
export function findReaders(query: FindReadersDto): Result<ReaderHitDto[]> {
  return void query, notYet();
}
export function getReaderCard(ticketNo: number): Result<ReaderCardDto> {
  return void ticketNo, notYet();
}
export function issueCopies(form: IssueFormDto): Result<IssuedDto> {
  return void form, notYet();
}
export function returnCopies(form: ReturnFormDto): Result<ReturnedDto> {
  return void form, notYet();
}
export function renewLoan(form: RenewFormDto): Result<RenewedDto> {
  return void form, notYet();
}
