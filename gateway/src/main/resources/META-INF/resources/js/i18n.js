// The pages' language: message catalogues (i18n/<code>.json, one key per text), the language chosen, the switch,
// and the quality profile's KPI names and time zone (GET /api/v1/public/profile, no token).
//
// The language: ?lang= in the address first, then the choice remembered in localStorage, then the first of
// navigator.languages whose primary subtag has a catalogue, else English. <html lang> follows.

/**
 * The languages offered by the switch, in its order: the catalogue's code, the locale of Intl's formats (English:
 * en-GB, so that dates read day first in both languages, months by name), and how a date reads.
 */
export const LANGUAGES = {
    vi: {label: 'VI', name: 'Tiếng Việt', locale: 'vi-VN', date: {day: '2-digit', month: '2-digit', year: 'numeric'}},
    en: {label: 'EN', name: 'English', locale: 'en-GB', date: {day: 'numeric', month: 'short', year: 'numeric'}},
};
const DEFAULT_LANGUAGE = 'en';
const STORAGE_KEY = 'qos.lang';
/** The profile's zone until the profile has answered (TCN 68-228:2004: UTC+07:00). */
const DEFAULT_ZONE = 'Asia/Ho_Chi_Minh';

let lang = DEFAULT_LANGUAGE;
let messages = {};
let profile = null;
let zone = DEFAULT_ZONE;
const listeners = [];

function supported(code) {
    return Object.hasOwn(LANGUAGES, code) ? code : null;
}

function primary(tag) {
    return String(tag ?? '').toLowerCase().split(/[-_]/)[0];
}

function remembered() {
    try {
        return localStorage.getItem(STORAGE_KEY);
    } catch {
        return null; // storage refused (privacy settings): the browser's languages decide
    }
}

/** The language of this page view: ?lang=, the remembered choice, the browser's languages, English. */
export function chooseLanguage() {
    const fromAddress = supported(new URLSearchParams(location.search).get('lang'));
    if (fromAddress) return fromAddress;
    const stored = supported(remembered());
    if (stored) return stored;
    const browser = (navigator.languages?.length ? navigator.languages : [navigator.language]).map(primary).find(supported);
    return browser ?? DEFAULT_LANGUAGE;
}

export function language() {
    return lang;
}

export function locale() {
    return LANGUAGES[lang].locale;
}

export function dateOptions() {
    return LANGUAGES[lang].date;
}

/** The IANA zone (or offset) times are shown in: the profile's. */
export function timeZone() {
    return zone;
}

async function fetchJson(url) {
    const answer = await fetch(url, {headers: {Accept: 'application/json'}});
    if (!answer.ok) throw new Error(`GET ${url} answered ${answer.status}`);
    return answer.json();
}

async function loadCatalogue(code) {
    messages = await fetchJson(`/i18n/${code}.json`);
    lang = code;
    document.documentElement.lang = code;
    translateStatic();
}

/** A zone Intl accepts, or the default one. */
function usableZone(candidate) {
    if (!candidate) return DEFAULT_ZONE;
    try {
        new Intl.DateTimeFormat('en', {timeZone: candidate});
        return candidate;
    } catch {
        return DEFAULT_ZONE;
    }
}

/** The catalogue of the chosen language, and the profile once (its absence leaves the KPI ids as their names). */
export async function start() {
    const code = chooseLanguage();
    const [, answer] = await Promise.all([
        loadCatalogue(code).catch(() => loadCatalogue(DEFAULT_LANGUAGE)),
        fetchJson('/api/v1/public/profile').catch(() => null),
    ]);
    profile = answer;
    zone = usableZone(profile?.timeZone);
}

/** Change the language (the switch): remembered, the address's ?lang= follows, the page renders again. */
export async function setLanguage(code) {
    if (!supported(code) || code === lang) return;
    try {
        localStorage.setItem(STORAGE_KEY, code);
    } catch { /* not remembered, still switched */ }
    await loadCatalogue(code);
    const url = new URL(location.href);
    if (url.searchParams.has('lang') || document.body.dataset.keepLang !== undefined) {
        url.searchParams.set('lang', code);
        history.replaceState(history.state, '', url);
    }
    for (const listener of listeners) await listener(code);
}

/** Called after every change of language (to render the page again). */
export function onLanguageChange(listener) {
    listeners.push(listener);
}

/** A text of the catalogue, its {placeholders} replaced; a missing key shows as itself. */
export function t(key, vars = {}) {
    const text = messages[key];
    if (text === undefined) {
        console.warn(`i18n: no text for ${key} in ${lang}`);
        return key;
    }
    return text.replace(/\{(\w+)\}/g, (whole, name) => (vars[name] === undefined ? whole : String(vars[name])));
}

/** A text that depends on a count: key.one, key.other, … chosen by the language's plural rules. */
export function tn(key, count, vars = {}) {
    const rule = new Intl.PluralRules(locale()).select(count);
    const chosen = messages[`${key}.${rule}`] !== undefined ? `${key}.${rule}` : `${key}.other`;
    return t(chosen, {count, ...vars});
}

/** The text of a code (a verdict, a method, a status, …) under a prefix, or the code itself when there is none. */
export function tCode(prefix, code) {
    const key = `${prefix}.${code}`;
    return messages[key] ?? String(code ?? '');
}

/** A KPI's name in the page's language, from the profile; the KPI id when the profile does not name it. */
export function kpiName(kpiId) {
    const names = profile?.kpis?.[kpiId]?.names;
    return names?.[lang] ?? names?.[DEFAULT_LANGUAGE] ?? kpiId;
}

export function profileInfo() {
    return profile;
}

/** An address of ours with the page's language kept (?lang=), e.g. the link from the public page to the portal. */
export function withLang(path) {
    const url = new URL(path, location.origin);
    url.searchParams.set('lang', lang);
    return `${url.pathname}${url.search}${url.hash}`;
}

/**
 * Texts of the static HTML: data-i18n="key" (the text), data-i18n-label="key" (aria-label), data-i18n-href="path"
 * (a link keeping the language), and on <html> data-i18n-title="key" (the document's title).
 */
export function translateStatic(root = document) {
    for (const element of root.querySelectorAll('[data-i18n]')) element.textContent = t(element.dataset.i18n);
    for (const element of root.querySelectorAll('[data-i18n-label]')) element.setAttribute('aria-label', t(element.dataset.i18nLabel));
    for (const element of root.querySelectorAll('[data-i18n-href]')) element.setAttribute('href', withLang(element.dataset.i18nHref));
    const titleKey = document.documentElement.dataset.i18nTitle;
    if (titleKey) document.title = t(titleKey);
}

/** The switch (VI | EN): the current language pressed; a click changes it. Built here, not with dom.js (which uses t). */
export function languageSwitch() {
    const group = document.createElement('div');
    group.className = 'lang-switch';
    group.setAttribute('role', 'group');
    const buttons = Object.entries(LANGUAGES).map(([code, language], i) => {
        if (i) {
            const separator = document.createElement('span');
            separator.className = 'lang-sep';
            separator.setAttribute('aria-hidden', 'true');
            separator.textContent = '|';
            group.append(separator);
        }
        const button = document.createElement('button');
        Object.assign(button, {type: 'button', className: 'lang', lang: code, title: language.name, textContent: language.label});
        button.dataset.lang = code;
        button.addEventListener('click', () => setLanguage(code));
        group.append(button);
        return button;
    });
    const update = () => {
        group.setAttribute('aria-label', t('lang.switch'));
        for (const button of buttons) button.setAttribute('aria-pressed', String(button.dataset.lang === lang));
    };
    update();
    onLanguageChange(update);
    return group;
}
