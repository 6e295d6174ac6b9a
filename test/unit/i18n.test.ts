import { catalogues, langFromLocale, t } from '../../src/i18n';

const placeholders = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();

describe('the kk/ru catalogue', () => {
  const keys = Object.keys(catalogues.kk) as Array<keyof typeof catalogues.kk>;

  it.each(['ru', 'en'] as const)('%s has every Kazakh message, non-empty, with the same parameters', (lang) => {
    for (const key of keys) {
      expect(catalogues[lang][key].trim()).not.toBe('');
      expect([key, placeholders(catalogues[lang][key])]).toEqual([key, placeholders(catalogues.kk[key])]);
    }
  });

  it('Kazakh and Russian messages are really translated (no untranslated copies)', () => {
    const same = keys.filter((k) => catalogues.kk[k] === catalogues.ru[k] && /\p{L}{4,}/u.test(catalogues.kk[k]));
    expect(same).toEqual([]);
  });

  it('fills parameters', () => {
    expect(t('kk', 'reader.registered', { name: 'Айгүл', ticketNo: 7 })).toBe('Айгүл тіркелді. Оқырман билетінің нөмірі: 7.');
    expect(t('ru', 'error.tooLong', { max: 150 })).toBe('Слишком длинно: не более 150 символов.');
  });

  it('speaks Russian to a Russian locale and Kazakh to everyone else', () => {
    expect(langFromLocale('ru')).toBe('ru');
    expect(langFromLocale('ru_RU')).toBe('ru');
    expect(langFromLocale('kk')).toBe('kk');
    expect(langFromLocale('en_US')).toBe('kk');
    expect(langFromLocale('')).toBe('kk');
    expect(langFromLocale('rue')).toBe('kk');
  });
});
