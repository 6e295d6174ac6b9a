/** DTOs and server functions of book exhibitions (see src/server/exhibitions.ts). JSON values only. */
import type { Json, Result } from '../api';

export type ExhibitionBookFormDto = {
  /** a catalogue record ("12", what the catalogue search gives) or a copy ("INV:34") */
  book: string;
  /** at most 300 characters; '' takes the catalogue's annotation in the Doc */
  annotation: string;
  /** an http(s) address for the QR code; '' makes the QR code say a copy's "INV:<number>" */
  link: string;
};

export type ExhibitionFormDto = {
  theme: string;
  title: string;
  dateFrom: string;
  dateTo: string;
  place: string;
  books: ExhibitionBookFormDto[];
};

export type ExhibitionDto = {
  id: number;
  title: string;
  theme: string;
  dateFrom: string;
  dateTo: string;
  place: string;
  books: number;
  docLink: string;
  photoLink: string;
};

export type ExhibitionDocDto = ExhibitionDto & { docName: string };

/** A photo read by the sidebar: its name on her computer and its bytes as base64 (no data: prefix). */
export type ExhibitionPhotoDto = { exhibitionId: number; fileName: string; base64: string };

export type ExhibitionListDto = { exhibitions: ExhibitionDto[] };

export interface ExhibitionsApi {
  /** The exhibition row (theme, title, dates, place, its books' title ids) and a row per book; nothing on bad input. */
  createExhibition(form: ExhibitionFormDto): Result<ExhibitionDto>;
  /** The Doc in <archive>/<year>/Exhibitions (replaced when built again), linked from the row. */
  buildExhibitionDoc(exhibitionId: number): Result<ExhibitionDocDto>;
  /** A JPG or PNG (by content, at most 5 MB) into <archive>/<year>/Exhibitions, linked from the row. */
  uploadExhibitionPhoto(photo: ExhibitionPhotoDto): Result<ExhibitionDto>;
  /** The exhibitions, newest first. */
  listExhibitions(): Result<ExhibitionListDto>;
}

type AssertJson<T extends Json> = T;
export type ExhibitionsApiIsJson = [
  AssertJson<ExhibitionFormDto>,
  AssertJson<ExhibitionPhotoDto>,
  AssertJson<Result<ExhibitionDto>>,
  AssertJson<Result<ExhibitionDocDto>>,
  AssertJson<Result<ExhibitionListDto>>,
];
