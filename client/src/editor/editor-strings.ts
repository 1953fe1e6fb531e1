// Every string of signing in, editing and the history of changes, in Chinese and English.
import type { Lang } from '../i18n/strings.ts';

const zh = {
  signIn: '编辑登录',
  signInTitle: '以编辑身份登录，才能修改图谱（访客可以查看全部内容）',
  signInKey: '编辑密钥',
  signInHint: '由管理员提供（服务器的 EDITOR_KEYS）。登录在本次浏览器会话内有效，密钥不会保存。',
  signInSubmit: '登录',
  signInCancel: '取消',
  signedInAs: (name: string) => `编辑：${name}`,
  signOut: '退出',
  history: '变更记录',
  historyTitle: '图谱数据的每一次修改：谁、何时、改了什么；可以撤销',
  historyEmpty: '还没有变更。',
  historyOf: '本实体的变更记录',
  total: (n: number) => `共 ${n} 条`,
  undoChange: '撤销此变更',
  undoChangeHint: '撤销对图谱数据的这次修改（与工具栏中只影响视图的“撤销”不同）',
  undone: (by: string) => `已由 ${by} 撤销`,
  undoes: (id: string) => `撤销了 ${id}`,
  created: '新建',
  updated: '修改',
  deleted: '删除',
  edit: '编辑',
  editTitle: '编辑此实体的数据（会记入变更记录，可撤销）',
  save: '保存',
  cancel: '取消',
  name: '名称',
  nameEn: '英文名',
  aliases: '别名（用顿号或逗号分隔）',
  description: '描述',
  keywords: '关键词（用顿号或逗号分隔）',
  deleteEntity: '删除实体',
  confirmDeleteEntity: (name: string) => `删除“${name}”及其全部关系？可在变更记录中撤销。`,
  relationships: '关系',
  addRelationship: '添加关系',
  relationKind: '关系类型',
  otherEnd: '另一端（搜索）',
  direction: '方向',
  outgoing: (name: string) => `${name} → 对方`,
  incoming: (name: string) => `对方 → ${name}`,
  add: '添加',
  remove: '删除',
  confirmRemove: (label: string) => `删除关系“${label}”？可在变更记录中撤销。`,
  moveEnd: '改为',
  saved: '已保存，已记入变更记录。',
  dataUndoDone: '已撤销这次数据变更。',
};

export type EditorStrings = typeof zh;

const en: EditorStrings = {
  signIn: 'Editor sign-in',
  signInTitle: 'Sign in as an editor to change the graph (visitors can see everything)',
  signInKey: 'Editor key',
  signInHint:
    'From your administrator (the server’s EDITOR_KEYS). The sign-in lasts for this browser session; the key is not stored.',
  signInSubmit: 'Sign in',
  signInCancel: 'Cancel',
  signedInAs: (name: string) => `Editor: ${name}`,
  signOut: 'Sign out',
  history: 'History',
  historyTitle: 'Every change to the graph’s data: who, when, what; undoable',
  historyEmpty: 'No changes yet.',
  historyOf: 'Changes to this entity',
  total: (n: number) => `${n} in all`,
  undoChange: 'Undo this change',
  undoChangeHint:
    'Undo this change to the graph’s data (unlike the toolbar’s Undo, which only undoes view steps)',
  undone: (by: string) => `undone by ${by}`,
  undoes: (id: string) => `undoes ${id}`,
  created: 'created',
  updated: 'changed',
  deleted: 'deleted',
  edit: 'Edit',
  editTitle: 'Edit this entity’s data (recorded in the history, undoable)',
  save: 'Save',
  cancel: 'Cancel',
  name: 'Name',
  nameEn: 'English name',
  aliases: 'Aliases (separated by commas)',
  description: 'Description',
  keywords: 'Keywords (separated by commas)',
  deleteEntity: 'Delete entity',
  confirmDeleteEntity: (name: string) =>
    `Delete “${name}” and all its relationships? You can undo it in the history.`,
  relationships: 'Relationships',
  addRelationship: 'Add a relationship',
  relationKind: 'Kind',
  otherEnd: 'Other end (search)',
  direction: 'Direction',
  outgoing: (name: string) => `${name} → other`,
  incoming: (name: string) => `other → ${name}`,
  add: 'Add',
  remove: 'Delete',
  confirmRemove: (label: string) => `Delete the relationship “${label}”? You can undo it in the history.`,
  moveEnd: 'Change to',
  saved: 'Saved and recorded in the history.',
  dataUndoDone: 'The data change was undone.',
};

export const EDITOR_STRINGS: Readonly<Record<Lang, EditorStrings>> = { zh, en };

/** Splits a list typed by hand: Chinese and Western commas, the enumeration comma, semicolons. */
export function splitTyped(text: string): string[] {
  return text
    .split(/[、,，;；\n]/u)
    .map((item) => item.trim())
    .filter(Boolean);
}
