// Small DOM helpers: elements are built, never parsed from strings, so every text is shown as text.

const SVG_NS = 'http://www.w3.org/2000/svg';

function build(element, attrs, children) {
    for (const [name, value] of Object.entries(attrs ?? {})) {
        if (value === null || value === undefined || value === false) continue;
        if (name.startsWith('on') && typeof value === 'function') {
            element.addEventListener(name.slice(2), value);
        } else if (name === 'style') {
            // through the CSSOM: the Content-Security-Policy (style-src 'self') refuses inline style attributes
            element.style.cssText = String(value);
        } else {
            element.setAttribute(name, value === true ? '' : String(value));
        }
    }
    for (const child of children.flat(Infinity)) {
        if (child === null || child === undefined || child === false) continue;
        element.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return element;
}

/** An HTML element: h('td', {class: 'num'}, 'text', otherNode, [more]). */
export function h(tag, attrs, ...children) {
    return build(document.createElement(tag), attrs, children);
}

/** An SVG element, same signature. */
export function s(tag, attrs, ...children) {
    return build(document.createElementNS(SVG_NS, tag), attrs, children);
}

/** Replace the content of a container. */
export function show(container, ...children) {
    container.replaceChildren();
    build(container, {}, children);
}

/** A problem (RFC 9457) or any error, as a message box; with the row errors of an upload as a table. */
export function errorBox(error) {
    const problem = error?.problem;
    const rows = problem?.errors ?? [];
    return h('div', {class: 'message error', role: 'alert'},
        h('strong', {}, problem?.title ?? 'Error'),
        ' ', problem?.detail ?? error?.message ?? String(error),
        rows.length ? h('table', {class: 'row-errors'},
            h('thead', {}, h('tr', {}, h('th', {}, 'Row'), h('th', {}, 'Field'), h('th', {}, 'Message'))),
            h('tbody', {}, rows.map(e => h('tr', {},
                h('td', {class: 'num'}, e.row ?? '–'), h('td', {}, h('code', {}, e.field ?? '–')), h('td', {}, e.message))))) : null);
}

export function loading(text = 'Loading…') {
    return h('p', {class: 'loading'}, text);
}
