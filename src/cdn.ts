// Entry of dist/ecosystem-map.js, the classic script partners paste: it registers the element and
// exports nothing, so the IIFE bundle defines no global.
import './define.js';
