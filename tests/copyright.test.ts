import { describe, expect, it } from 'vitest';
import { copyrightHolders, noticeHolder } from '../src/ingest/copyright.js';

describe('copyright notices', () => {
  it('reads the holder a footer names, years and "All rights reserved" left off', () => {
    expect(noticeHolder('© 2025 The Valley Times. All rights reserved.')).toBe('The Valley Times');
    expect(noticeHolder('Copyright (c) 2019-2025 Harbour Gazette Ltd, Port Ellen')).toBe('Harbour Gazette Ltd');
    expect(noticeHolder('© Agence France-Presse')).toBe('Agence France-Presse');
    expect(noticeHolder('The Valley Times © 2025')).toBeNull();
  });
  it('keeps a domain whole and reads one notice once when it prints the word and the sign', () => {
    expect(copyrightHolders('Copyright ⓒ Valleynews.co.kr. 무단전재 및 재배포 금지')).toEqual(['Valleynews.co.kr']);
    expect(copyrightHolders('Copyright © 2019 Valley Media Group All rights reserved')).toEqual(['Valley Media Group']);
    expect(copyrightHolders('© 2014-2019 Нормы и знаний')).toEqual(['Нормы и знаний']);
  });
  it('skips the markup between the sign and the name, and notices that name no one', () => {
    expect(copyrightHolders('<p>&copy; <span>2019</span> <b>Valley Post</b> | Terms</p>')).toEqual(['Valley Post']);
    expect(copyrightHolders('<meta name="copyright" content="Copyright 2014">')).toEqual([]);
  });
});
