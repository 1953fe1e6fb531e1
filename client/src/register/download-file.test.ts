import { describe, expect, it } from 'vitest';
import { exportHref } from './download-file.ts';

describe('the register’s export addresses', () => {
  it('carry the filters shown as query parameters, lists comma-separated, empty ones left out', () => {
    expect(exportHref('needs', 'xlsx', { status: '待对接', type: '', q: '合益', desc: 'true' })).toBe(
      `/export/needs.xlsx?status=${encodeURIComponent('待对接')}&q=${encodeURIComponent('合益')}&desc=true`,
    );
    expect(exportHref('needs', 'csv', { status: ['待对接', '对接中'] })).toBe(
      `/export/needs.csv?status=${encodeURIComponent('待对接,对接中')}`,
    );
    expect(exportHref('invitations', 'xlsx', {})).toBe('/export/invitations.xlsx');
  });
});
