/**
 * i18next with the two resource files. The first language is the one chosen on this
 * device before (localStorage), else the browser's; a choice is kept in localStorage and,
 * once signed in, on the person's profile (PATCH /me) by the language switch.
 */
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import dayjs from 'dayjs';
import 'dayjs/locale/ja';
import en from './en.json';
import ja from './ja.json';
import type { Locale } from '../api/types';

const STORAGE_KEY = 'kizuna.locale';

export function storedLocale(): Locale | null {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return value === 'ja' || value === 'en' ? value : null;
  } catch {
    return null;
  }
}

function browserLocale(): Locale {
  const languages = navigator.languages?.length ? navigator.languages : [navigator.language];
  for (const language of languages) {
    if (language?.toLowerCase().startsWith('ja')) return 'ja';
    if (language?.toLowerCase().startsWith('en')) return 'en';
  }
  return 'ja';
}

function applyDocumentLocale(locale: Locale): void {
  document.documentElement.lang = locale;
  dayjs.locale(locale);
}

export function initI18n(): typeof i18n {
  const locale = storedLocale() ?? browserLocale();
  void i18n.use(initReactI18next).init({
    resources: { ja: { translation: ja }, en: { translation: en } },
    lng: locale,
    fallbackLng: 'ja',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  applyDocumentLocale(locale);
  return i18n;
}

/** Switch the UI language now and remember it on this device. */
export function setLocale(locale: Locale, remember = true): void {
  if (remember) {
    try {
      window.localStorage.setItem(STORAGE_KEY, locale);
    } catch {
      // private mode: the choice lasts for this page only
    }
  }
  applyDocumentLocale(locale);
  void i18n.changeLanguage(locale);
}

export function currentLocale(): Locale {
  return i18n.language === 'en' ? 'en' : 'ja';
}
