import type { Label } from '../report/label.ts';

/** A failed write to the browser's storage in words a user can act on. */
export function describeStorageError(error: unknown): Label {
  const name = error instanceof DOMException ? error.name : '';
  const detail = error instanceof Error ? error.message : String(error);
  if (name === 'QuotaExceededError') {
    return {
      zh: '浏览器的存储空间已满，没有保存。已保存的报告不受影响；请删除一些已导入的报告后重试。',
      en: 'The browser storage is full; nothing was saved. The reports already saved are intact; delete some imported reports and try again.',
    };
  }
  return {
    zh: `无法保存到浏览器存储：${detail}`,
    en: `Cannot save to the browser storage: ${detail}`,
  };
}
