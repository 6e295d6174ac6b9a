/** Import of an existing catalogue (dry run, then all or nothing). Being written: see issue 3. */
import { UserError } from '../domain/errors';

export function showImportCatalog(): void {
  throw new UserError('error.notSetUp');
}
export function importCatalog(): never {
  throw new UserError('error.notSetUp');
}
