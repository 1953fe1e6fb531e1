/**
 * The store the command line writes to (the server's: DATA_DIR, or Neo4j when NEO4J_URI is set), with
 * the plain reason when the embedded one is held by a running server; and the editor it writes as.
 */
import { userInfo } from 'node:os';
import { AppError, isAppError } from '#model';
import { readConfig } from '../config.ts';
import { openStore, type GraphStore } from '../store/index.ts';

/** Who the command line records as the editor: KG_EDITOR, else the account's user name. */
export function cliEditor(env: NodeJS.ProcessEnv = process.env): string {
  const given = env.KG_EDITOR?.trim();
  if (given) return given;
  try {
    return `${userInfo().username}（命令行 command line）`;
  } catch {
    return '命令行 command line';
  }
}

export async function openForImport(): Promise<GraphStore> {
  const config = readConfig();
  try {
    return await openStore(config);
  } catch (error) {
    if (isAppError(error) && error.code === 'UNAVAILABLE' && !config.neo4j) {
      throw new AppError(
        'UNAVAILABLE',
        `${error.message}\n\n内嵌数据库同一时间只能由一个程序打开。请先停止服务器（在运行 npm start 的终端按 Ctrl+C）再导入；或者不停服务器，在网页上点“导入”上传文件（需要编辑密钥）。\nThe embedded database can be open in one program at a time. Stop the server first (Ctrl+C where npm start runs) and import again; or, with the server running, upload the files on the web page’s import tab (an editor key is needed).`,
      );
    }
    throw error;
  }
}
