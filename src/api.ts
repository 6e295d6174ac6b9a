/**
 * The functions a sidebar may call through google.script.run, and their DTOs. Arguments and results
 * are JSON values only (google.script.run refuses Dates, functions and DOM nodes and copies the rest):
 * the `Json` constraint makes a Date in a DTO a compile error, not a null in the librarian's sidebar.
 * Days are ISO strings ("2026-11-27").
 */
import type { Lang, MessageKey, Params } from './i18n';

export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

export type FieldErrorDto = {
  field: string;
  key: MessageKey;
  params: Params;
  message: string;
}

export type Result<T> = { ok: true; value: T; message: string } | { ok: false; errors: FieldErrorDto[]; message: string };

export type SidebarContext = {
  lang: Lang;
  today: string;
  schoolName: string;
  setUp: boolean;
}

export type ReaderFormDto = {
  fullName: string;
  category: string;
  grade: string;
  school: string;
  address: string;
  phone: string;
  registeredOn: string;
}

export type RegisteredReaderDto = {
  ticketNo: number;
  fullName: string;
  row: number;
}

/** The server API. server.ts implements it; the sidebars' client is typed from it. */
export interface ServerApi {
  getSidebarContext(): SidebarContext;
  registerReader(form: ReaderFormDto): Result<RegisteredReaderDto>;
}

type AssertJson<T extends Json> = T;
// Compile-time proof that every DTO is plain JSON: adding a Date or a function to one breaks the build.
export type ApiIsJson = [
  AssertJson<SidebarContext>,
  AssertJson<ReaderFormDto>,
  AssertJson<RegisteredReaderDto>,
  AssertJson<Result<RegisteredReaderDto>>,
];
