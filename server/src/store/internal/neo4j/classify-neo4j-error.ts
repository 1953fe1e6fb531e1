/**
 * Turns neo4j-driver errors into AppErrors by their `code`, never by message text:
 * an unreachable server is UNAVAILABLE (and clears once it is back), a constraint violation is
 * BAD_INPUT, anything else INTERNAL.
 */
import { AppError } from '#model';

const UNAVAILABLE_CODES = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
]);

export function classifyNeo4jError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  const code =
    typeof error === 'object' && error && 'code' in error ? String((error as { code: unknown }).code) : '';
  if (code === 'Neo.TransientError.General.MemoryPoolOutOfMemoryError') {
    return new AppError(
      'TOO_LARGE',
      '这次写入超出 Neo4j 单个事务的内存上限（dbms.memory.transaction.total.max）：请为 Neo4j 配置更多内存，或把文件分成几次导入 / the write needs more memory than Neo4j allows one transaction (dbms.memory.transaction.total.max): give Neo4j more memory, or import the file in parts',
      undefined,
      { cause: error },
    );
  }
  if (UNAVAILABLE_CODES.has(code) || code.startsWith('Neo.TransientError.')) {
    return new AppError(
      'UNAVAILABLE',
      '图数据库 Neo4j 暂时无法访问，请稍后再试 / the Neo4j database cannot be reached right now; try again shortly',
      undefined,
      { cause: error },
    );
  }
  if (code.startsWith('Neo.ClientError.Security.')) {
    return new AppError(
      'UNAVAILABLE',
      'Neo4j 拒绝了登录：请检查 NEO4J_USER 和 NEO4J_PASSWORD / Neo4j refused the credentials: check NEO4J_USER and NEO4J_PASSWORD',
      undefined,
      { cause: error },
    );
  }
  if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    return new AppError('BAD_INPUT', '编号重复 / an id is already in use', undefined, { cause: error });
  }
  return new AppError('INTERNAL', '图数据库 Neo4j 出错 / the Neo4j database failed', undefined, {
    cause: error,
  });
}
