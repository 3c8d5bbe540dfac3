// The portal: sign in, then one page at a time by the address (#/scorecard, #/benchmark, …).
import {signIn, signOut} from './auth.js';
import {createContext, href, parseLocation} from './context.js';
import {h, show, errorBox} from './dom.js';
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
            'aria-current': key === current ? 'page' : null}, page.title));
}

async function route() {
    const {page, params} = parseLocation();
    const module = PAGES[page] ?? scorecard;
    const main = document.querySelector('main');
    show(document.querySelector('nav'), navigation(page, params));
    document.title = `${module.title} · QoS compliance portal`;
    try {
        await module.render(main, createContext(user, page, params));
    } catch (error) {
        main.append(errorBox(error));
    }
}

async function start() {
    try {
        user = await signIn();
    } catch (error) {
        show(document.querySelector('main'), errorBox(error));
        return;
    }
    show(document.querySelector('.user'),
        h('span', {class: 'who'}, user.name, ' · ', user.isRegulator ? 'regulator' : `operator ${user.operatorId}`),
        h('button', {type: 'button', class: 'sign-out', onclick: () => signOut()}, 'Sign out'));
    window.addEventListener('hashchange', route);
    await route();
}

start();
