// Hands the shared generator (an ES module, also imported by bench/engine.mjs) to the classic harness.
import {makeSites} from '../lib/synthetic-sites.mjs';

window.makeSites = makeSites;
