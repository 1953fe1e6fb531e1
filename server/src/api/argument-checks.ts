/**
 * The limits on a request's arguments, and the checks that refuse one past them (BAD_INPUT, TOO_LARGE),
 * before anything reaches the store.
 */
import { AppError } from '#model';

export const MAX_DEPTH = 3;
export const MAX_NEIGHBORHOOD = 2_000;
export const MAX_PATH_LENGTH = 6;
export const MAX_PATHS = 20;
export const MAX_OVERVIEW = 100;
export const MAX_SEARCH = 100;
export const MAX_RECOMMEND = 100;
/** Longest search text, need description and id accepted as arguments. */
export const MAX_TEXT = { text: 200, need: 500, id: 300 } as const;

export function checkText(value: string | null | undefined, argument: string, max: number) {
  if (value && value.length > max)
    throw new AppError(
      'TOO_LARGE',
      `${argument} 最长 ${max} 个字符 / ${argument} is at most ${max} characters`,
      { argument },
    );
}

export function checkLimit(limit: number, max: number, argument: string): void {
  if (limit < 1)
    throw new AppError('BAD_INPUT', `${argument} 必须至少为 1 / ${argument} must be at least 1`, {
      argument,
    });
  if (limit > max) {
    throw new AppError(
      'TOO_LARGE',
      `${argument} 最大为 ${max}：请缩小范围（按类型筛选或减少层数） / ${argument} is at most ${max}; narrow the request (filter by kind or use fewer hops)`,
      { argument },
    );
  }
}
