import i18n from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import type { Lang } from '../format';
import { en } from './en';
import { zhCN } from './zh-CN';

const STORED = 'pm.lang';

export const initialLang = (): Lang => (localStorage.getItem(STORED) === 'en' ? 'en' : 'zh-CN');

void i18n.use(initReactI18next).init({
  resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
  lng: initialLang(),
  fallbackLng: 'zh-CN',
  interpolation: { escapeValue: false },
});

document.documentElement.lang = initialLang();

export function setLang(lang: Lang): void {
  localStorage.setItem(STORED, lang);
  document.documentElement.lang = lang;
  void i18n.changeLanguage(lang);
}

/** The translation function and the current language, as the formatters take it. */
export function useLang() {
  const { t, i18n: i } = useTranslation();
  return { t, lang: (i.language === 'en' ? 'en' : 'zh-CN') as Lang };
}

export default i18n;
