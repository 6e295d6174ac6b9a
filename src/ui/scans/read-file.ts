/**
 * A file chosen in a file input, as the server takes it: its name and its bytes as standard base64 (the
 * data: URL FileReader makes, without its prefix). The same checks as the server's (src/domain/uploads.ts)
 * run here first, so a wrong file is refused at once, before megabytes travel.
 */
import type { MessageKey, Params } from '../../i18n';
import { checkUpload, megabytes, type UploadKind } from '../../domain/uploads';

export interface ReadFile {
  fileName: string;
  base64: string;
}

export function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result ?? '');
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('FileReader'));
    reader.readAsDataURL(file);
  });
}

/** "scan.pdf · 1,2 МБ" */
export function chosenText(file: File, tr: (key: MessageKey, params?: Params) => string): string {
  return tr('upload.chosen', { name: file.name, size: megabytes(file.size) });
}

/** The file read and checked, or the message saying what is wrong with it (size first: a huge file is not read). */
export async function readChecked(
  file: File | null | undefined,
  allowed: readonly UploadKind[],
  maxBytes: number,
  tr: (key: MessageKey, params?: Params) => string,
): Promise<{ ok: true; value: ReadFile } | { ok: false; message: string }> {
  if (!file) return { ok: false, message: tr('error.required') };
  if (file.size > maxBytes) return { ok: false, message: tr('upload.error.tooBig', { size: megabytes(file.size), max: megabytes(maxBytes) }) };
  let base64: string;
  try {
    base64 = await readAsBase64(file);
  } catch {
    return { ok: false, message: tr('upload.error.unreadable') };
  }
  const checked = checkUpload({ fileName: file.name, base64 }, allowed, maxBytes);
  if (!checked.ok) return { ok: false, message: checked.errors.map((e) => tr(e.key, e.params)).join('\n') };
  return { ok: true, value: { fileName: file.name, base64 } };
}
