/** Readers: the Register-a-reader sidebar and its server function. */
import type { ReaderFormDto, RegisteredReaderDto, Result } from '../api';
import { gasEnv } from '../gas/env';
import { t } from '../i18n';
import { registerReader as registerReaderUseCase } from '../usecases/register-reader';
import { openSidebar, result, workbookLang } from './respond';

export function showRegisterReader(): void {
  openSidebar('RegisterReader', 'sidebar.registerReader.title');
}

export function registerReader(form: ReaderFormDto): Result<RegisteredReaderDto> {
  const env = gasEnv();
  return result('registerReader', env, () => {
    const reader = registerReaderUseCase(env, form);
    return { value: reader, message: t(workbookLang(env), 'reader.registered', { name: reader.fullName, ticketNo: reader.ticketNo }) };
  });
}
