// The portal: sign in, then one page at a time by the address (#/scorecard, #/benchmark, …).
import {signIn, signOut} from './auth.js';
import {createContext, href, parseLocation} from './context.js';
import {h, show, errorBox} from './dom.js';
import {languageSwitch, onLanguageChange, start as startI18n, t, withLang} from './i18n.js';
import * as scorecard from './pages/scorecard.js';
import * as benchmark from './pages/benchmark.js';
import * as coverage from './pages/coverage.js';
import * as trends from './pages/trends.js';
import * as complaints from './pages/complaints.js';
import * as uploads from './pages/upload.js';
import * as publish from './pages/publish.js';

const PAGES = {scorecard, benchmark, coverage, trends, complaints, upload: uploads, publish};

let user = null;

function navigation(current, params) {
    // Operator and period go along from page to page; page-specific choices do not.
    const kept = {operator: params.operator, from: params.from, to: params.to};
    return Object.entries(PAGES)
        .filter(([key]) => key !== 'publish' || user.isRegulator)
        .map(([key, page]) => h('a', {href: href(key, kept), class: key === current ? 'active' : null,
            'aria-current': key === current ? 'page' : null}, t(page.titleKey)));
}

async function route() {
    const {page, params} = parseLocation();
    const module = PAGES[page] ?? scorecard;
    const main = document.querySelector('main');
    show(document.querySelector('nav'), navigation(page, params));
    document.title = `${t(module.titleKey)} · ${t('portal.title')}`;
    try {
        await module.render(main, createContext(user, page, params));
    } catch (error) {
        main.append(errorBox(error));
    }
}

function who() {
    return user.isRegulator ? t('user.regulator') : t('user.operator', {operator: user.operatorId});
}

async function start() {
    await startI18n();
    const header = document.querySelector('header');
    header.append(languageSwitch());
    try {
        user = await signIn();
    } catch (error) {
        show(document.querySelector('main'), errorBox(error));
        return;
    }
    const role = h('span', {class: 'role'}, who());
    const signOutButton = h('button', {type: 'button', class: 'sign-out', onclick: () => signOut(withLang('/public.html'))},
        t('user.signOut'));
    show(document.querySelector('.user'), h('span', {class: 'who'}, h('span', {translate: 'no'}, user.name), ' · ', role), signOutButton);
    onLanguageChange(async () => {
        role.textContent = who();
        signOutButton.textContent = t('user.signOut');
        await route();
    });
    window.addEventListener('hashchange', route);
    await route();
}

start();
