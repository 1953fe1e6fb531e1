/**
 * A column's meaning in words, for the import report (command line and import page). A column that is not
 * recognised says so plainly: it is not imported, and a mapping file can say what it is.
 */
import { NODE_KIND_SPECS, REL_KIND_SPECS } from '#model';
import type { ColumnMapping } from './sheet-mapping.ts';

export const NOT_RECOGNISED = '未识别，已忽略 / not recognised, ignored';

/** `企业名称 → 名称 name`, `工作单位 → 任职于 WORKS_AT → 高校院所/企业`, `性别 → 未识别，已忽略 …`. */
export function describeColumn(column: ColumnMapping): string {
  const use = column.use;
  switch (use.use) {
    case 'field':
      return use.scale ? `${use.field} ×${use.scale}` : use.field;
    case 'link': {
      const arrow = use.direction === 'out' ? '→' : '←';
      return `${REL_KIND_SPECS[use.rel].zh} ${use.rel} ${arrow} ${use.kinds.map((kind) => NODE_KIND_SPECS[kind].zh).join('/')}`;
    }
    case 'linkField':
      return `${use.scale ? `${use.field} ×${use.scale}` : use.field}（关系属性 / of the relationship）`;
    case 'ignore':
      return use.reason === 'contact'
        ? '忽略（联系方式不导入） ignored: contact details are not imported'
        : use.reason === 'serial'
          ? '忽略（序号） ignored: serial number'
          : '忽略 ignored';
    case 'unknown':
      return use.note ? `${NOT_RECOGNISED}：${use.note}` : NOT_RECOGNISED;
  }
}
