import * as z from 'zod/mini';

// zod probes once whether it may compile fast parsers with `new Function`. Under a CSP without
// 'unsafe-eval' the probe fails harmlessly, but the browser still reports it as a
// `securitypolicyviolation` to the district's security team. The self-contained bundle carries
// its own copy of zod, so it switches the probe off before any schema is created; nothing on the
// host page is affected.
z.config({ jitless: true });
