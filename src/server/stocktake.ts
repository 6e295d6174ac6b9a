/** Stock-taking: start, record the copies found on the shelves, finish with a result Doc. Being written: see issue 3. */
import { UserError } from '../domain/errors';

export function showStocktake(): void {
  throw new UserError('error.notSetUp');
}
export function startStocktake(): never {
  throw new UserError('error.notSetUp');
}
export function recordStocktakeFound(): never {
  throw new UserError('error.notSetUp');
}
export function finishStocktake(): never {
  throw new UserError('error.notSetUp');
}
