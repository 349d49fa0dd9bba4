#!/usr/bin/env node
// Common Ground: sound generator. Every sound in assets/audio/ is made here, from code.
//
// Run from the repo root:   node tools/audio/synthesize.mjs
//   Options: --only name,name   make just these sounds (the manifest still lists them all)
//            --keep-wav DIR     also keep the 32-bit float WAV masters in DIR
//            --verify-only      do not synthesise; check the files that are there
// Needs:    Node 20 (no npm packages) and ffmpeg (ffmpeg + ffprobe) on PATH.
//           Debian/Ubuntu: apt-get install -y ffmpeg
//
// What it does: synthesises mono 22.05 kHz PCM in plain JS (FM e-piano, additive pads,
// plucks and bells, filtered noise, a Freeverb-style reverb), fixed-seed PRNG so every run
// gives the same bytes, writes WAV masters to a temp dir, then encodes each sound to
// <name>.ogg (Vorbis) and <name>.mp3 (LAME, with the gapless Xing/Info tag, so MP3 loops
// decode to exactly the master's length in gapless decoders) and writes manifest.json. Loops
// are built periodic (notes and reverb tails wrap round the loop end), so they have no seam.
// It ends by decoding every file back and printing a table with levels and seam checks;
// it exits non-zero if a file is missing, clips, is too long, has a seam click or the folder
// is over its 2 MB budget. (sox is not needed.)

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const SR = 22050;
const TAU = Math.PI * 2;
const HERE = path.dirname(fileURLToPath(import.meta.url));
const OUT = path.resolve(HERE, '../../assets/audio');
const SIZE_BUDGET = 2_000_000; // bytes, all formats together

// ---------------------------------------------------------------- randomness

function hashSeed(str) {
  let h = 0x811c9dc5;
  for (let i = 0; i < str.length; i++) { h ^= str.charCodeAt(i); h = Math.imul(h, 0x01000193); }
  return h >>> 0;
}

class Rng {
  constructor(seed) { this.s = seed >>> 0; }
  next() { // mulberry32
    this.s = (this.s + 0x6d2b79f5) >>> 0;
    let t = this.s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  uni(a = 0, b = 1) { return a + (b - a) * this.next(); }
  int(a, b) { return a + Math.floor(this.next() * (b - a + 1)); }
  pick(arr) { return arr[Math.floor(this.next() * arr.length)]; }
  chance(p) { return this.next() < p; }
  noise() { return this.next() * 2 - 1; }
}

// ---------------------------------------------------------------- buffers and helpers

const buf = (n) => new Float64Array(Math.max(1, Math.round(n)));
const secs = (s) => Math.round(s * SR);
const mtof = (m) => 440 * Math.pow(2, (m - 69) / 12);
const clamp = (x, a, b) => Math.min(b, Math.max(a, x));
const dbToGain = (db) => Math.pow(10, db / 20);

/** Add src into dst at offset; with wrap the write goes round the end (for loops). */
function addAt(dst, src, offset, gain = 1, wrap = false) {
  const n = dst.length;
  for (let i = 0; i < src.length; i++) {
    let j = offset + i;
    if (wrap) j = ((j % n) + n) % n;
    else if (j < 0 || j >= n) continue;
    dst[j] += src[i] * gain;
  }
}

function mix(...parts) {
  const n = parts[0][0].length;
  const out = buf(n);
  for (const [b, g] of parts) for (let i = 0; i < n; i++) out[i] += b[i] * g;
  return out;
}

/** Run a (stateful) process over a periodic signal in steady state: feed it the loop
 *  `warm`+1 times and keep the last lap, so reverb tails and filter states wrap round. */
function loopProcess(x, fn, warm = 2) {
  const n = x.length;
  const xx = buf(n * (warm + 1));
  for (let k = 0; k <= warm; k++) xx.set(x, k * n);
  return fn(xx).slice(warm * n);
}

/** Scale a buffer to an RMS (or peak) level in dBFS, so layers can be mixed by level. */
function atRms(x, level) { const g = dbToGain(level) / (measure(x).rms || 1); return x.map((v) => v * g); }
function atPeak(x, level) { const g = dbToGain(level) / (measure(x).peak || 1); return x.map((v) => v * g); }

function whiteNoise(n, rng) { const b = buf(n); for (let i = 0; i < n; i++) b[i] = rng.noise(); return b; }

/** Smooth random periodic curve over n samples: sum of sinusoids with whole cycles per loop.
 *  Returns values roughly in [-1, 1]. */
function periodicLfo(n, rng, maxCycles = 4, minCycles = 1) {
  const comps = [];
  for (let k = minCycles; k <= maxCycles; k++) comps.push([k, rng.uni(0, TAU), rng.uni(0.4, 1) / k]);
  const total = comps.reduce((s, c) => s + c[2], 0);
  const b = buf(n);
  for (let i = 0; i < n; i++) {
    let v = 0;
    for (const [k, ph, a] of comps) v += a * Math.sin(TAU * k * i / n + ph);
    b[i] = v / total;
  }
  return b;
}

/** Frequency nudged so a whole number of cycles fits in a loop of n samples. */
const loopFreq = (f, n) => Math.max(1, Math.round(f * n / SR)) * SR / n;

// ---------------------------------------------------------------- filters

function biquadCoefs(type, f0, Q = 0.707, gainDb = 0) {
  const w = TAU * clamp(f0, 5, SR * 0.49) / SR;
  const cw = Math.cos(w), sw = Math.sin(w), alpha = sw / (2 * Q);
  const A = Math.pow(10, gainDb / 40);
  let b0, b1, b2, a0, a1, a2;
  switch (type) {
    case 'lp': b0 = (1 - cw) / 2; b1 = 1 - cw; b2 = (1 - cw) / 2; a0 = 1 + alpha; a1 = -2 * cw; a2 = 1 - alpha; break;
    case 'hp': b0 = (1 + cw) / 2; b1 = -(1 + cw); b2 = (1 + cw) / 2; a0 = 1 + alpha; a1 = -2 * cw; a2 = 1 - alpha; break;
    case 'bp': b0 = alpha; b1 = 0; b2 = -alpha; a0 = 1 + alpha; a1 = -2 * cw; a2 = 1 - alpha; break; // 0 dB peak
    case 'peak': b0 = 1 + alpha * A; b1 = -2 * cw; b2 = 1 - alpha * A; a0 = 1 + alpha / A; a1 = -2 * cw; a2 = 1 - alpha / A; break;
    default: throw new Error(type);
  }
  return [b0 / a0, b1 / a0, b2 / a0, a1 / a0, a2 / a0];
}

/** Biquad filter. f0 may be a number or a function of sample index (coefs updated every 32). */
function biquad(x, type, f0, Q = 0.707, gainDb = 0) {
  const y = buf(x.length);
  let c = biquadCoefs(type, typeof f0 === 'function' ? f0(0) : f0, Q, gainDb);
  let x1 = 0, x2 = 0, y1 = 0, y2 = 0;
  for (let i = 0; i < x.length; i++) {
    if (typeof f0 === 'function' && (i & 31) === 0) c = biquadCoefs(type, f0(i), Q, gainDb);
    const v = c[0] * x[i] + c[1] * x1 + c[2] * x2 - c[3] * y1 - c[4] * y2;
    x2 = x1; x1 = x[i]; y2 = y1; y1 = v; y[i] = v;
  }
  return y;
}

function onePoleLp(x, fc) {
  const a = Math.exp(-TAU * fc / SR); const y = buf(x.length); let s = 0;
  for (let i = 0; i < x.length; i++) { s = (1 - a) * x[i] + a * s; y[i] = s; }
  return y;
}

function onePoleHp(x, fc) {
  const lp = onePoleLp(x, fc); const y = buf(x.length);
  for (let i = 0; i < x.length; i++) y[i] = x[i] - lp[i];
  return y;
}

/** Mono Freeverb (Jezar's tunings scaled to SR). Returns only the wet signal. */
function reverb(x, { room = 0.75, damp = 0.45, gain = 1 } = {}) {
  const scale = SR / 44100;
  const combT = [1116, 1188, 1277, 1356, 1422, 1491, 1557, 1617].map((t) => Math.round(t * scale));
  const apT = [556, 441, 341, 225].map((t) => Math.round(t * scale));
  const fb = room * 0.28 + 0.7;
  const combs = combT.map((t) => ({ b: new Float64Array(t), i: 0, s: 0 }));
  const aps = apT.map((t) => ({ b: new Float64Array(t), i: 0 }));
  const y = buf(x.length);
  for (let n = 0; n < x.length; n++) {
    const inp = x[n] * 0.015;
    let out = 0;
    for (const c of combs) {
      const o = c.b[c.i];
      c.s = o * (1 - damp) + c.s * damp;
      c.b[c.i] = inp + c.s * fb;
      if (++c.i >= c.b.length) c.i = 0;
      out += o;
    }
    for (const a of aps) {
      const bo = a.b[a.i];
      const o = -out + bo;
      a.b[a.i] = out + bo * 0.5;
      if (++a.i >= a.b.length) a.i = 0;
      out = o;
    }
    y[n] = out * 3 * gain;
  }
  return y;
}

/** Feedback echo with a darkening filter in the loop. Returns only the wet signal. */
function echo(x, delaySec, feedback = 0.35, tone = 3000) {
  const d = secs(delaySec); const line = new Float64Array(d); let i = 0, s = 0;
  const a = Math.exp(-TAU * tone / SR); const y = buf(x.length);
  for (let n = 0; n < x.length; n++) {
    const o = line[i];
    s = (1 - a) * o + a * s;
    line[i] = x[n] + s * feedback;
    if (++i >= d) i = 0;
    y[n] = o;
  }
  return y;
}

// ---------------------------------------------------------------- envelopes

/** Raised-cosine ramp 0..1 */
const rampUp = (t, len) => (t >= len ? 1 : t <= 0 ? 0 : 0.5 - 0.5 * Math.cos(Math.PI * t / len));
/** Release gain after note-off (t: time since start, off: note-off time) */
const release = (t, off, rel) => (t < off ? 1 : t > off + rel ? 0 : 0.5 + 0.5 * Math.cos(Math.PI * (t - off) / rel));

function fadeEdges(x, inSec = 0.003, outSec = 0.03) {
  const a = secs(inSec), b = secs(outSec), n = x.length;
  for (let i = 0; i < a && i < n; i++) x[i] *= rampUp(i, a);
  for (let i = 0; i < b && i < n; i++) x[n - 1 - i] *= rampUp(i, b);
  return x;
}

// ---------------------------------------------------------------- instruments
// Each returns a buffer holding the whole note including its tail. vel is 0..1.

/** Tine e-piano: 1:1 FM with a decaying index, a detuned partner for warmth, a short tine. */
function epiano(f, dur, vel, rng) {
  const decay = clamp(3.2 * Math.pow(220 / f, 0.55), 0.7, 5);
  const rel = 0.35;
  const len = Math.min(dur + rel, decay * 4);
  const n = secs(len + 0.01);
  const y = buf(n);
  const tineRatio = f * 11 < 8500 ? 11 : f * 7 < 8500 ? 7 : 0;
  const ph = rng.uni(0, TAU);
  const bright = 0.55 + 0.9 * vel;
  for (let i = 0; i < n; i++) {
    const t = i / SR;
    const env = rampUp(t, 0.004) * Math.exp(-t / decay) * release(t, dur, rel);
    const I = bright * (0.9 * Math.exp(-t / 0.45) + 0.25);
    const m = Math.sin(TAU * f * t + ph);
    let v = Math.sin(TAU * f * t + I * m) + 0.35 * Math.sin(TAU * f * 1.0021 * t + 0.6 * I * m + 1.3);
    if (tineRatio) v += 0.18 * vel * Math.exp(-t / 0.045) * Math.sin(TAU * f * tineRatio * t);
    y[i] = v * env * vel * 0.7;
  }
  return y;
}

/** Warm additive pad: three detuned voices of soft harmonics, slow swell. */
function pad(f, dur, vel, rng, { attack = 1.2, rel = 2.2, maxHz = 3200, tilt = 1.7 } = {}) {
  const n = secs(dur + rel);
  const y = buf(n);
  const voices = [-7, 0, 6].map((c) => f * Math.pow(2, c / 1200));
  const partials = [];
  for (const fv of voices) {
    for (let h = 1; h <= 10 && fv * h < maxHz; h++) partials.push([fv * h, 1 / Math.pow(h, tilt), rng.uni(0, TAU)]);
  }
  const norm = 1 / voices.length;
  const shimmer = rng.uni(0.15, 0.35);
  for (let i = 0; i < n; i++) {
    const t = i / SR;
    const env = rampUp(t, attack) * release(t, dur, rel) * (1 + 0.08 * Math.sin(TAU * shimmer * t));
    let v = 0;
    for (const [pf, a, p] of partials) v += a * Math.sin(TAU * pf * t + p);
    y[i] = v * env * vel * norm;
  }
  return y;
}

/** Plucked string (additive): harmonics decay faster the higher they are. */
function pluck(f, dur, vel, rng) {
  const base = clamp(1.6 * Math.pow(220 / f, 0.45), 0.4, 3);
  const rel = 0.12;
  const n = secs(Math.min(dur + rel, base * 3.5));
  const y = buf(n);
  const pos = rng.uni(0.18, 0.26);
  const parts = [];
  for (let h = 1; h <= 14; h++) {
    const fh = f * h * Math.sqrt(1 + 0.00015 * h * h);
    if (fh > 7500) break;
    parts.push([fh, Math.abs(Math.sin(Math.PI * h * pos)) / h, base / (1 + 0.35 * Math.pow(h - 1, 1.3))]);
  }
  for (let i = 0; i < n; i++) {
    const t = i / SR;
    const env = rampUp(t, 0.0025) * release(t, dur, rel);
    let v = 0;
    for (const [fh, a, d] of parts) v += a * Math.exp(-t / d) * Math.sin(TAU * fh * t);
    y[i] = v * env * vel;
  }
  return y;
}

/** Round soft bass: sine plus a little 2nd/3rd harmonic. */
function bass(f, dur, vel) {
  const rel = 0.3;
  const n = secs(dur + rel);
  const y = buf(n);
  for (let i = 0; i < n; i++) {
    const t = i / SR;
    const env = rampUp(t, 0.02) * (0.55 + 0.45 * Math.exp(-t / 0.6)) * release(t, dur, rel);
    y[i] = (Math.sin(TAU * f * t) + 0.22 * Math.sin(TAU * 2 * f * t) + 0.07 * Math.sin(TAU * 3 * f * t)) * env * vel;
  }
  return y;
}

/** Warm bell: inharmonic partials with a low hum tone. */
function bell(f, dur, vel, rng, { length = 1 } = {}) {
  const ratios = [0.5, 1, 2, 2.76, 4.07, 5.4];
  const amps = [0.25, 1, 0.42, 0.3, 0.14, 0.08];
  const decays = [2.6, 2.0, 1.1, 0.8, 0.45, 0.3];
  const k = Math.pow(660 / f, 0.3) * length;
  const n = secs(Math.max(dur, 2.6 * k) + 0.05);
  const y = buf(n);
  const ph = ratios.map(() => rng.uni(0, TAU));
  for (let i = 0; i < n; i++) {
    const t = i / SR;
    let v = 0;
    for (let p = 0; p < ratios.length; p++) {
      const fp = f * ratios[p];
      if (fp > 10000) continue;
      v += amps[p] * Math.exp(-t / (decays[p] * k)) * Math.sin(TAU * fp * t + ph[p]);
    }
    y[i] = v * rampUp(t, 0.003) * vel * 0.6;
  }
  const tail = secs(0.05);
  for (let i = 0; i < tail; i++) y[n - 1 - i] *= rampUp(i, tail);
  return y;
}

/** Soft shaker tick (high-passed noise burst). */
function shaker(vel, rng) {
  const n = secs(0.07);
  const x = whiteNoise(n, rng);
  const y = biquad(x, 'bp', 6000, 1.2);
  for (let i = 0; i < n; i++) { const t = i / SR; y[i] *= rampUp(t, 0.008) * Math.exp(-t / 0.018) * vel; }
  return y;
}

// ---------------------------------------------------------------- music

/**
 * Builds a loop of `bars` bars. build(song) places notes with song.note(); every note wraps
 * round the loop end, and the reverb/echo run in steady state, so the loop is seamless.
 */
function makeSong(name, { bpm, bars, beats = 4, reverbMix = 0.5, room = 0.8, echoBeats = 0.75, echoFb = 0.3, build }) {
  const rng = new Rng(hashSeed(name));
  const spb = 60 / bpm;
  const L = Math.round(bars * beats * spb * SR);
  const dry = buf(L), wet = buf(L), dly = buf(L);
  const song = {
    L, spb, bars, beats, rng,
    note(inst, midi, beat, durBeats, vel, { rev = 0.35, echoSend = 0, jitter = 0.007, opts } = {}) {
      const f = mtof(midi);
      const v = clamp(vel * rng.uni(0.9, 1.08), 0, 1);
      const b = inst(f, durBeats * spb, v, rng, opts);
      const start = Math.round((beat * spb + rng.uni(-jitter, jitter)) * SR);
      addAt(dry, b, start, 1, true);
      if (rev) addAt(wet, b, start, rev, true);
      if (echoSend) addAt(dly, b, start, echoSend, true);
    },
    place(b, beat, { gain = 1, rev = 0.3 } = {}) {
      const start = Math.round(beat * spb * SR);
      addAt(dry, b, start, gain, true);
      if (rev) addAt(wet, b, start, gain * rev, true);
    },
    addDry(b, gain = 1) { for (let i = 0; i < L; i++) dry[i] += b[i] * gain; },
  };
  build(song, rng);
  const ech = loopProcess(dly, (x) => echo(x, echoBeats * spb, echoFb, 2500), 3);
  for (let i = 0; i < L; i++) { dry[i] += ech[i] * 0.6; wet[i] += ech[i] * 0.4; }
  const rv = loopProcess(wet, (x) => reverb(x, { room, damp: 0.5 }), 2);
  const out = buf(L);
  for (let i = 0; i < L; i++) out[i] = dry[i] + rv[i] * reverbMix;
  // gentle darkening so nothing is brittle at 22 kHz, and no DC/subsonic energy
  const y = loopProcess(out, (x) => onePoleHp(biquad(x, 'lp', 6500, 0.6), 30), 1);
  // Start the file 120 ms before the downbeat, in the quiet end of the last bar: the first play
  // opens softly, and the loop point (the file's edge, where codecs are least exact) falls on a
  // gentle stretch instead of on a note attack.
  const lead = secs(0.12);
  const r = buf(L);
  for (let i = 0; i < L; i++) r[i] = y[(i - lead + L) % L];
  return r;
}

const MUSIC = {
  // Welcoming: F major, 70 bpm, warm pad, broken e-piano chords and a gentle pentatonic tune.
  title: () => makeSong('title', {
    bpm: 70, bars: 8, build(s) {
      const C = [[41, [57, 60, 64, 67]], [45, [55, 60, 64, 67]], [46, [57, 62, 65, 69]], [48, [55, 60, 62, 67]],
        [38, [53, 57, 60, 64]], [46, [57, 60, 62, 65]], [43, [53, 58, 62, 65]], [48, [55, 58, 60, 65]]];
      const mel = [[0, 69, 0, 2], [0, 72, 2, 2], [1, 76, 0, 3], [1, 74, 3, 1], [2, 74, 0, 2], [2, 72, 2, 2], [3, 67, 0, 4],
        [4, 69, 0, 2], [4, 72, 2, 1], [4, 74, 3, 1], [5, 77, 0, 3], [5, 74, 3, 1], [6, 74, 0, 2], [6, 72, 2, 2], [7, 67, 0, 3.5]];
      C.forEach(([root, tones], b) => {
        const b0 = b * 4;
        for (const t of tones) s.note(pad, t, b0, 4.1, 0.075, { rev: 0.6, jitter: 0 });
        s.note(bass, root, b0, 3.6, 0.3, { rev: 0.15 });
        [[0, 0], [1, 1], [2, 1.5], [3, 2], [1, 3]].forEach(([k, beat]) => s.note(epiano, tones[k], b0 + beat, 1.4, 0.3, { rev: 0.4 }));
      });
      for (const [bar, m, beat, len] of mel) s.note(epiano, m, bar * 4 + beat, len * 0.9, 0.42, { rev: 0.5, echoSend: 0.35 });
    },
  }),

  // Light, a bit lively: G major, 84 bpm, plucked eighth-note arpeggios, walking bass, soft shaker.
  lunch: () => makeSong('lunch', {
    bpm: 84, bars: 8, reverbMix: 0.4, room: 0.7, echoBeats: 0.75, build(s, rng) {
      const C = [[43, [54, 59, 62, 66]], [40, [55, 59, 62, 66]], [48, [55, 59, 62, 64]], [50, [54, 57, 59, 64]],
        [47, [54, 57, 62, 66]], [40, [54, 55, 59, 62]], [45, [55, 60, 64, 67]], [50, [55, 57, 60, 64]]];
      const pat = [0, 2, 1, 3, 2, 1, 3, 2];
      C.forEach(([root, tones], b) => {
        const b0 = b * 4;
        for (const t of tones.slice(0, 3)) s.note(pad, t, b0, 4.1, 0.04, { rev: 0.6, jitter: 0 });
        pat.forEach((k, e) => s.note(pluck, tones[k] + 12, b0 + e * 0.5, 0.6, e % 2 ? 0.2 : 0.27, { rev: 0.3, echoSend: e === 7 ? 0.3 : 0 }));
        s.note(bass, root, b0, 1.4, 0.34, { rev: 0.1 });
        s.note(bass, root + 7, b0 + 2, 0.9, 0.28, { rev: 0.1 });
        s.note(bass, root + 12, b0 + 3, 0.45, 0.2, { rev: 0.1 });
        s.note(bass, root, b0 + 3.5, 0.45, 0.22, { rev: 0.1 });
        for (const beat of [1.5, 3]) for (const t of tones.slice(1)) s.note(epiano, t, b0 + beat, 0.35, 0.14, { rev: 0.35 });
        for (let e = 0; e < 8; e++) s.place(shaker(e % 2 ? 0.09 : 0.045, rng), b0 + e * 0.5, { rev: 0.2 });
      });
    },
  }),

  // Warm, tender, slightly wistful: D major, 66 bpm, e-piano arpeggios, borrowed minor iv (Gm6).
  home: () => makeSong('home', {
    bpm: 66, bars: 8, room: 0.82, echoBeats: 1, build(s) {
      const C = [[38, [54, 57, 61, 64]], [47, [54, 57, 62, 64]], [43, [54, 59, 62, 66]], [43, [55, 58, 62, 64]],
        [42, [54, 57, 62, 64]], [40, [55, 59, 62, 66]], [45, [55, 57, 62, 64]], [45, [55, 57, 61, 64]]];
      const mel = [[0, 78, 0, 3], [0, 76, 3, 1], [1, 74, 0, 4], [2, 71, 0, 2], [2, 74, 2, 2], [3, 70, 0, 4],
        [4, 69, 0, 3], [4, 71, 3, 1], [5, 71, 0, 2], [5, 74, 2, 2], [6, 76, 0, 4], [7, 73, 0, 2], [7, 76, 2, 2]];
      C.forEach(([root, tones], b) => {
        const b0 = b * 4;
        for (const t of tones) s.note(pad, t, b0, 4.1, 0.07, { rev: 0.6, jitter: 0, opts: { tilt: 2, maxHz: 2500 } });
        s.note(bass, root, b0, 3.8, 0.3, { rev: 0.15 });
        tones.forEach((t, k) => s.note(epiano, t, b0 + k, 1.6, 0.26 - k * 0.02, { rev: 0.45 }));
      });
      for (const [bar, m, beat, len] of mel) s.note(epiano, m, bar * 4 + beat, len * 0.95, 0.33, { rev: 0.5, echoSend: 0.25 });
    },
  }),

  // Steady, hopeful: C major, 76 bpm, soft e-piano pulse, quarter-note bass, rising plucks.
  meeting: () => makeSong('meeting', {
    bpm: 76, bars: 8, reverbMix: 0.45, build(s) {
      const C = [[36, [55, 60, 62, 64]], [47, [55, 59, 62, 67]], [45, [55, 60, 64, 67]], [41, [55, 57, 60, 64]],
        [40, [55, 60, 64, 67]], [41, [53, 57, 60, 64]], [38, [53, 57, 60, 65]], [43, [55, 60, 62, 67]]];
      C.forEach(([root, tones], b) => {
        const b0 = b * 4;
        for (const t of tones) s.note(pad, t, b0, 4.1, 0.06, { rev: 0.6, jitter: 0 });
        for (let q = 0; q < 4; q++) s.note(bass, q % 2 ? root + 12 : root, b0 + q, 0.9, q === 0 ? 0.3 : 0.2, { rev: 0.1 });
        for (let e = 0; e < 8; e++) s.note(epiano, tones[2 + (e % 2)], b0 + e * 0.5, 0.45, e % 2 ? 0.1 : 0.15, { rev: 0.35 });
        if (b % 2 === 1) [0, 1, 2, 3].forEach((k, j) => s.note(pluck, tones[k] + 12, b0 + 2 + j * 0.5, 1.2, 0.22, { rev: 0.45, echoSend: j === 3 ? 0.3 : 0 }));
      });
    },
  }),

  // Sparse, low, uneasy (not horror): D minor drone, slow shifting chords, sparse low notes.
  tension: () => makeSong('tension', {
    bpm: 54, bars: 6, room: 0.85, echoBeats: 1.5, echoFb: 0.4, build(s, rng) {
      const L = s.L;
      // a drone that fits the loop exactly, breathing slowly
      const lfo = periodicLfo(L, rng, 3);
      const drone = buf(L);
      const dr = [[mtof(38), 0.5], [mtof(45), 0.3], [mtof(50), 0.12], [mtof(38) * 1.004, 0.3]].map(([f, a]) => [loopFreq(f, L), a]);
      for (let i = 0; i < L; i++) {
        let v = 0;
        for (const [f, a] of dr) v += a * (Math.sin(TAU * f * i / SR) + 0.2 * Math.sin(TAU * 2 * f * i / SR));
        drone[i] = v * (0.75 + 0.25 * lfo[i]) * 0.1;
      }
      s.addDry(drone);
      const C = [[38, [50, 53, 57, 64]], [38, [50, 53, 57, 64]], [34, [50, 53, 57, 64]], [34, [50, 53, 57, 62]],
        [31, [53, 57, 58, 62]], [33, [50, 52, 57, 64]]];
      C.forEach(([root, tones], b) => {
        const b0 = b * 4;
        for (const t of tones) s.note(pad, t, b0, 4.2, 0.055, { rev: 0.7, jitter: 0, opts: { attack: 2, rel: 2.5, tilt: 2.2, maxHz: 1800 } });
        s.note(bass, root + 12, b0, 3.5, 0.22, { rev: 0.3 });
      });
      const low = [[0, 50, 0], [0, 53, 2.5], [1, 52, 1], [2, 50, 0], [2, 46, 2.5], [3, 45, 1], [4, 46, 0], [4, 50, 2.5], [5, 52, 1.5]];
      for (const [bar, m, beat] of low) s.note(epiano, m, bar * 4 + beat, 2, 0.3, { rev: 0.5 });
      for (const [bar, m] of [[1, 76], [3, 74], [5, 73]]) s.note(bell, m, bar * 4 + 2, 2, 0.1, { rev: 0.6, echoSend: 0.5 });
    },
  }),

  // Soft, resolving chords for endings and the debrief: F major, 64 bpm, rolled e-piano chords.
  reflect: () => makeSong('reflect', {
    bpm: 64, bars: 8, room: 0.85, echoBeats: 1, build(s) {
      const C = [[46, [57, 60, 62, 65]], [48, [55, 60, 62, 64]], [45, [55, 60, 64, 67]], [38, [53, 57, 60, 64]],
        [43, [53, 58, 62, 65]], [48, [55, 58, 62, 65]], [41, [55, 57, 60, 65]], [41, [53, 57, 60, 64]]];
      const top = [[0, 72, 0, 4], [1, 76, 0, 3], [1, 74, 3, 1], [2, 72, 0, 4], [3, 69, 0, 4], [4, 70, 0, 2], [4, 74, 2, 2],
        [5, 72, 0, 4], [6, 69, 0, 4], [7, 72, 0, 2], [7, 69, 2, 2]];
      C.forEach(([root, tones], b) => {
        const b0 = b * 4;
        for (const t of tones) s.note(pad, t, b0, 4.1, 0.075, { rev: 0.6, jitter: 0, opts: { tilt: 2 } });
        s.note(bass, root, b0, 3.8, 0.28, { rev: 0.15 });
        tones.forEach((t, k) => s.note(epiano, t, b0 + k * 0.09, 3.6, 0.24, { rev: 0.5, jitter: 0.003 }));
        tones.slice(1).forEach((t, k) => s.note(epiano, t, b0 + 2 + k * 0.08, 1.8, 0.13, { rev: 0.5, jitter: 0.003 }));
      });
      for (const [bar, m, beat, len] of top) s.note(epiano, m, bar * 4 + beat, len * 0.95, 0.3, { rev: 0.55, echoSend: 0.2 });
      s.note(bell, 77, 6 * 4, 3, 0.12, { rev: 0.6, echoSend: 0.3 });
      s.note(bell, 81, 6 * 4 + 0.5, 3, 0.08, { rev: 0.6, echoSend: 0.3 });
    },
  }),
};

// ---------------------------------------------------------------- ambience

/** A short burst of filtered noise with an exponential decay. */
function noiseHit(rng, { len = 0.02, type = 'bp', f = 2000, Q = 1, attack = 0.001, decay = 0.005 }) {
  const n = secs(len);
  const y = biquad(whiteNoise(n, rng), type, f, Q);
  for (let i = 0; i < n; i++) { const t = i / SR; y[i] *= rampUp(t, attack) * Math.exp(-t / decay); }
  return fadeEdges(y, 0.0005, Math.min(0.01, len / 3));
}

/** Ringing modes (for ceramics, metal, wood): [freq, amp, decay] */
function modes(list, len, rng) {
  const n = secs(len); const y = buf(n);
  const ph = list.map(() => rng.uni(0, TAU));
  for (let i = 0; i < n; i++) {
    const t = i / SR; let v = 0;
    list.forEach(([f, a, d], k) => { if (f < SR * 0.45) v += a * Math.exp(-t / d) * Math.sin(TAU * f * t + ph[k]); });
    y[i] = v * rampUp(t, 0.0008);
  }
  return fadeEdges(y, 0.0003, 0.01);
}

function clink(rng, vel) {
  const base = rng.uni(1900, 3000);
  const r = [rng.uni(1.35, 1.6), rng.uni(1.9, 2.3), rng.uni(2.6, 3.0)];
  const y = modes([[base, 1, 0.12], [base * r[0], 0.6, 0.08], [base * r[1], 0.3, 0.05], [base * r[2], 0.15, 0.03]].filter(([f]) => f < 7000), 0.35, rng);
  const hit = noiseHit(rng, { len: 0.01, f: 4000, Q: 0.8, decay: 0.002 });
  addAt(y, hit, 0, 0.5);
  for (let i = 0; i < y.length; i++) y[i] *= vel;
  return y;
}

/** One syllable of distant speech: band-limited glottal buzz through two formants. */
function syllable(rng, f0, len) {
  const n = secs(len);
  const src = buf(n);
  const glide = rng.uni(-0.15, 0.15);
  let ph = 0;
  const maxH = Math.floor(2600 / (f0 * 1.2));
  for (let i = 0; i < n; i++) {
    const t = i / n;
    const f = f0 * (1 + glide * t);
    ph += TAU * f / SR;
    let v = 0;
    for (let h = 1; h <= maxH; h++) v += Math.sin(h * ph) / h;
    src[i] = v + rng.noise() * 0.25;
  }
  const f1 = rng.uni(350, 800), f2 = rng.uni(900, 2100);
  const a = biquad(src, 'bp', f1, 4), b = biquad(src, 'bp', f2, 5);
  const y = buf(n);
  for (let i = 0; i < n; i++) {
    const t = i / n;
    y[i] = (a[i] + 0.6 * b[i]) * Math.pow(Math.sin(Math.PI * t), 1.5);
  }
  return y;
}

const AMBIENCE = {
  cafe() {
    const rng = new Rng(hashSeed('cafe'));
    const L = secs(20);
    // room tone: pink-ish noise, band-limited, slowly breathing
    const bedLfo = periodicLfo(L, rng, 5);
    const bed = loopProcess(whiteNoise(L, rng), (x) => biquad(biquad(onePoleLp(x, 900), 'hp', 120), 'lp', 1500), 1);
    for (let i = 0; i < L; i++) bed[i] *= 1 + 0.25 * bedLfo[i];
    // babble: several talkers at tables, phrases of syllables with pauses
    const talk = buf(L);
    for (let p = 0; p < 9; p++) {
      const f0 = rng.uni(0, 1) < 0.5 ? rng.uni(95, 135) : rng.uni(175, 240);
      const g = rng.uni(0.4, 1);
      let t = rng.uni(0, 20);
      const end = t + 20;
      while (t < end) {
        const phrase = rng.uni(1, 3.5);
        const pEnd = t + phrase;
        let pitch = f0 * rng.uni(0.95, 1.12);
        while (t < pEnd) {
          const sl = rng.uni(0.09, 0.26);
          addAt(talk, syllable(rng, pitch, sl), secs(t), g * rng.uni(0.5, 1), true);
          pitch *= rng.uni(0.96, 1.03);
          t += sl + rng.uni(0.0, 0.06);
        }
        t += rng.uni(0.4, 2.5);
      }
    }
    const talkDist = loopProcess(talk, (x) => biquad(biquad(x, 'lp', 1700, 0.7), 'hp', 150), 1);
    // clinks of cups and cutlery
    const clinks = buf(L);
    for (const at of [1.3, 4.9, 8.2, 8.38, 12.6, 15.1, 17.7]) addAt(clinks, clink(rng, rng.uni(0.3, 0.7)), secs(at + rng.uni(-0.2, 0.2)), 1, true);
    const voices = atRms(talkDist, -24), cups = atPeak(clinks, -16);
    const wet = atRms(loopProcess(mix([voices, 1], [cups, 1.5]), (x) => reverb(x, { room: 0.8, damp: 0.5 }), 2), -26);
    return mix([atRms(bed, -33), 1], [voices, 1], [cups, 1], [wet, 1]);
  },

  kitchen() {
    const rng = new Rng(hashSeed('kitchen'));
    const L = secs(20);
    // fridge: 100 Hz-family hum with a slow wobble, over low noise
    const hum = buf(L);
    const wob = periodicLfo(L, rng, 3);
    const hp = [[100, 1], [200, 0.45], [300, 0.2], [400, 0.08], [50, 0.3]].map(([f, a]) => [loopFreq(f, L), a]);
    for (let i = 0; i < L; i++) {
      let v = 0; for (const [f, a] of hp) v += a * Math.sin(TAU * f * i / SR);
      hum[i] = v * (0.85 + 0.15 * wob[i]);
    }
    const rumble = loopProcess(whiteNoise(L, rng), (x) => biquad(onePoleLp(x, 250), 'hp', 60), 1);
    // clock: a tick each second (tick/tock), slightly woody
    const clock = buf(L);
    for (let s = 0; s < 20; s++) {
      const hi = s % 2 === 0;
      const tk = modes([[hi ? 3100 : 2700, 1, 0.012], [hi ? 1750 : 1550, 0.6, 0.02], [5200, 0.3, 0.006]], 0.06, rng);
      addAt(clock, tk, secs(s + 0.3), hi ? 1 : 0.85, true);
    }
    // simmer: soft hiss and small bubbles
    const hissLfo = periodicLfo(L, rng, 12, 4);
    const hiss = loopProcess(whiteNoise(L, rng), (x) => biquad(biquad(x, 'hp', 1200), 'lp', 4500), 1);
    for (let i = 0; i < L; i++) hiss[i] *= 0.6 + 0.4 * hissLfo[i];
    const bubbles = buf(L);
    for (let k = 0; k < 140; k++) {
      const n = secs(rng.uni(0.015, 0.04)); const b = buf(n);
      const f0 = rng.uni(350, 900); let ph = 0;
      for (let i = 0; i < n; i++) { const t = i / n; ph += TAU * f0 * (1 + 0.8 * t) / SR; b[i] = Math.sin(ph) * Math.sin(Math.PI * t) * Math.exp(-3 * t); }
      addAt(bubbles, b, secs(rng.uni(0, 20)), rng.uni(0.2, 1), true);
    }
    const ticks = atPeak(clock, -14), pops = atRms(bubbles, -40);
    const wet = atRms(loopProcess(mix([ticks, 1], [pops, 1]), (x) => reverb(x, { room: 0.5, damp: 0.6 }), 2), -40);
    return mix([atRms(hum, -32), 1], [atRms(rumble, -36), 1], [atRms(hiss, -46), 1], [pops, 1], [ticks, 1], [wet, 1]);
  },

  'meeting-room'() {
    const rng = new Rng(hashSeed('meeting-room'));
    const L = secs(20);
    // ventilation: soft broadband air with a gentle low resonance and slow movement
    const air = loopProcess(whiteNoise(L, rng), (x) => biquad(biquad(biquad(onePoleLp(x, 700), 'lp', 1200), 'peak', 180, 1.5, 5), 'hp', 50), 1);
    const hiss = loopProcess(whiteNoise(L, rng), (x) => biquad(x, 'bp', 2500, 0.5), 1);
    const mv = periodicLfo(L, rng, 3);
    const hum = buf(L); const fh = loopFreq(120, L);
    for (let i = 0; i < L; i++) { air[i] *= 1 + 0.12 * mv[i]; hum[i] = Math.sin(TAU * fh * i / SR); }
    // distant keyboard: a few bursts of typing
    const keys = buf(L);
    for (const [start, len] of [[2.2, 2.4], [9.0, 1.6], [14.4, 3.0]]) {
      let t = start;
      while (t < start + len) {
        const tap = modes([[rng.uni(1400, 2200), 1, 0.006], [rng.uni(280, 360), 0.8, 0.012], [rng.uni(3200, 4200), 0.4, 0.004]], 0.05, rng);
        addAt(keys, tap, secs(t), rng.uni(0.4, 1), true);
        t += rng.chance(0.12) ? rng.uni(0.25, 0.5) : rng.uni(0.09, 0.18);
      }
    }
    const keysFar = loopProcess(keys, (x) => biquad(x, 'lp', 2600), 1);
    const wet = loopProcess(keysFar, (x) => reverb(x, { room: 0.6, damp: 0.6 }), 2);
    const typing = atPeak(keysFar, -16);
    return mix([atRms(air, -28), 1], [atRms(hiss, -48), 1], [atRms(hum, -44), 1], [typing, 1], [atRms(wet, -40), 1]);
  },

  garden() {
    const rng = new Rng(hashSeed('garden'));
    const L = secs(24);
    // breeze: band-passed noise whose centre and level drift slowly
    const gust = periodicLfo(L, rng, 4);
    const sweep = periodicLfo(L, rng, 3);
    const breeze = loopProcess(whiteNoise(L, rng), (x) => biquad(x, 'bp', (i) => 650 + 300 * sweep[i % L], 0.6), 1);
    const leaves = loopProcess(whiteNoise(L, rng), (x) => biquad(biquad(x, 'hp', 2500), 'lp', 6000), 1);
    const flutter = periodicLfo(L, rng, 60, 20);
    for (let i = 0; i < L; i++) {
      const g = 0.55 + 0.45 * gust[i];
      breeze[i] *= g;
      leaves[i] *= Math.max(0, g - 0.35) * (0.6 + 0.4 * flutter[i]);
    }
    // birds
    const chirp = (f0, f1, dur, warble = 0) => {
      const n = secs(dur); const y = buf(n); let ph = 0;
      for (let i = 0; i < n; i++) {
        const t = i / n;
        const f = f0 + (f1 - f0) * Math.sin(t * Math.PI / 2) + warble * Math.sin(TAU * 35 * i / SR);
        ph += TAU * f / SR;
        y[i] = (Math.sin(ph) + 0.12 * Math.sin(2 * ph)) * Math.pow(Math.sin(Math.PI * t), 2);
      }
      return y;
    };
    const birds = buf(L);
    const phrase = (kind, at, g) => {
      let t = at;
      if (kind === 'tweet') {
        const n = rng.int(3, 5); const f = rng.uni(2700, 3300);
        for (let k = 0; k < n; k++) { addAt(birds, chirp(f, f * 1.35, 0.07), secs(t), g, true); t += rng.uni(0.14, 0.18); }
      } else if (kind === 'whistle') {
        const f = rng.uni(2000, 2400);
        addAt(birds, chirp(f * 1.2, f, 0.28, 30), secs(t), g, true);
        addAt(birds, chirp(f, f * 1.3, 0.22, 30), secs(t + 0.34), g * 0.9, true);
      } else {
        const f = rng.uni(3800, 4300);
        for (let k = 0; k < 9; k++) { addAt(birds, chirp(f, f * 0.85, 0.03), secs(t), g * (1 - k * 0.06), true); t += 0.048; }
      }
    };
    for (const [kind, at, g] of [['tweet', 1.5, 1], ['whistle', 5.2, 0.6], ['trill', 8.7, 0.5], ['tweet', 12.1, 0.55],
      ['whistle', 15.8, 0.8], ['tweet', 19.0, 0.8], ['trill', 21.6, 0.35]]) phrase(kind, at + rng.uni(-0.3, 0.3), g);
    const birdsFar = loopProcess(birds, (x) => biquad(x, 'lp', 5500), 1);
    const song = atPeak(birdsFar, -10);
    const wet = atRms(loopProcess(song, (x) => reverb(x, { room: 0.7, damp: 0.4 }), 2), -36);
    return mix([atRms(breeze, -27), 1], [atRms(leaves, -40), 1], [song, 1], [wet, 1]);
  },
};

// ---------------------------------------------------------------- effects (short, one-shot)

/** Put x through a short room and return x + wet, trimmed to len with a fade. */
function inRoom(x, len, { wet = 0.2, room = 0.5, damp = 0.55 } = {}) {
  const n = secs(len); const y = buf(n);
  y.set(x.subarray(0, Math.min(n, x.length)));
  const r = reverb(y, { room, damp });
  for (let i = 0; i < n; i++) y[i] += r[i] * wet;
  return y;
}

const SFX = {
  click() {
    const rng = new Rng(hashSeed('click'));
    const y = modes([[1500, 1, 0.006], [820, 0.6, 0.01], [2900, 0.25, 0.003]], 0.09, rng);
    return fadeEdges(biquad(y, 'lp', 4000), 0.0005, 0.04);
  },

  choice() {
    const rng = new Rng(hashSeed('choice'));
    const y = buf(secs(0.8));
    addAt(y, epiano(mtof(76), 0.18, 0.5, rng), 0, 0.8);
    addAt(y, epiano(mtof(81), 0.3, 0.55, rng), secs(0.085), 0.9);
    return fadeEdges(inRoom(y, 0.8, { wet: 0.25 }), 0.001, 0.15);
  },

  chime() {
    const rng = new Rng(hashSeed('chime'));
    const y = buf(secs(1.8));
    [[65, 0, 0.5], [69, 0.13, 0.55], [72, 0.26, 0.6], [77, 0.42, 0.45]].forEach(([m, at, v]) => addAt(y, bell(mtof(m), 1.5, v, rng, { length: 0.6 }), secs(at)));
    addAt(y, pad(mtof(53), 0.6, 0.25, rng, { attack: 0.05, rel: 1.2 }), 0);
    return fadeEdges(inRoom(y, 1.8, { wet: 0.35, room: 0.7 }), 0.001, 0.5);
  },

  'phone-buzz'() {
    const rng = new Rng(hashSeed('phone-buzz'));
    const n = secs(1.15); const y = buf(n);
    const f = 165;
    for (const [start, len] of [[0.02, 0.38], [0.58, 0.38]]) {
      const m = secs(len); const b = buf(m); let ph = 0;
      for (let i = 0; i < m; i++) {
        const t = i / SR;
        ph += TAU * f * (1 + 0.01 * Math.sin(TAU * 9 * t)) / SR;
        let v = 0; for (let h = 1; h <= 24; h += 1) v += Math.sin(h * ph) / (h * (h % 2 ? 1 : 2.5));
        b[i] = v * rampUp(t, 0.03) * release(t, len - 0.04, 0.04) * (1 + 0.15 * rng.noise());
      }
      // the table rattles along a little
      const body = biquad(biquad(b, 'bp', 700, 1.2), 'lp', 2400);
      addAt(y, mix([b, 0.35], [body, 0.8]), secs(start));
    }
    return fadeEdges(biquad(biquad(y, 'hp', 90), 'lp', 4000), 0.002, 0.05);
  },

  cup() {
    const rng = new Rng(hashSeed('cup'));
    const y = buf(secs(0.7));
    const hit = (at, v) => {
      const b = modes([[1830, 1, 0.09], [2870, 0.7, 0.06], [4150, 0.45, 0.035], [5300, 0.25, 0.02], [920, 0.35, 0.05]], 0.4, rng);
      addAt(b, noiseHit(rng, { len: 0.012, f: 3000, Q: 0.7, decay: 0.002 }), 0, 0.6);
      addAt(b, modes([[190, 1, 0.03]], 0.1, rng), 0, 0.5);
      addAt(y, b, secs(at), v);
    };
    hit(0.005, 1); hit(0.048, 0.3); hit(0.082, 0.12);
    return fadeEdges(inRoom(biquad(y, 'lp', 6000), 0.7, { wet: 0.15 }), 0.0005, 0.1);
  },

  door() {
    const rng = new Rng(hashSeed('door'));
    const y = buf(secs(1.2));
    // soft air push, then the door meets the frame (low thud), then the latch
    const push = noiseHit(rng, { len: 0.25, type: 'lp', f: 400, Q: 0.7, attack: 0.15, decay: 0.1 });
    addAt(y, push, 0, 0.3);
    const thud = buf(secs(0.35));
    for (let i = 0; i < thud.length; i++) {
      const t = i / SR;
      thud[i] = (Math.sin(TAU * 72 * t * (1 - 0.15 * t)) + 0.5 * Math.sin(TAU * 131 * t) + 0.25 * Math.sin(TAU * 230 * t)) * Math.exp(-t / 0.07) * rampUp(t, 0.002);
    }
    addAt(y, thud, secs(0.18), 1);
    addAt(y, noiseHit(rng, { len: 0.08, type: 'lp', f: 900, decay: 0.02 }), secs(0.18), 0.5);
    const latch = modes([[2300, 1, 0.015], [3700, 0.6, 0.01], [1250, 0.5, 0.02]], 0.08, rng);
    addAt(y, latch, secs(0.2), 0.22);
    addAt(y, latch, secs(0.235), 0.15);
    return fadeEdges(inRoom(y, 1.2, { wet: 0.3, room: 0.6 }), 0.002, 0.3);
  },

  kettle() {
    const rng = new Rng(hashSeed('kettle'));
    const n = secs(1.8); const y = buf(n);
    // element starts to heat: low rumble that swells and wobbles, a faint hiss on top
    const r = biquad(biquad(biquad(whiteNoise(n, rng), 'lp', 260, 0.8), 'lp', 400), 'hp', 50);
    const hiss = biquad(biquad(whiteNoise(n, rng), 'bp', 1500, 0.9), 'lp', 3000);
    const wob = biquad(biquad(whiteNoise(n, rng), 'lp', 9), 'lp', 9);
    let wmax = 0; for (const v of wob) wmax = Math.max(wmax, Math.abs(v));
    const rumble = buf(n);
    for (let i = 0; i < n; i++) {
      const t = i / SR;
      const sw = rampUp(t - 0.1, 1.0) * release(t, 1.35, 0.42);
      rumble[i] = (r[i] * (0.65 + 0.35 * wob[i] / wmax) + hiss[i] * 0.04 * sw) * sw;
    }
    addAt(y, atRms(rumble, -20), 0);
    // switch: a small plastic click, a little above the rumble
    addAt(y, atPeak(modes([[2600, 1, 0.008], [1300, 0.7, 0.012], [4200, 0.3, 0.004]], 0.05, rng), -12), secs(0.01));
    return fadeEdges(y, 0.001, 0.05);
  },

  chair() {
    const rng = new Rng(hashSeed('chair'));
    const len = 0.9, n = secs(len);
    // stick-slip: an irregular pulse train at a slowly changing rate, through wooden resonances
    const src = buf(n);
    let t = 0.03;
    while (t < 0.62) {
      const i = secs(t);
      src[i] += rng.uni(0.6, 1);
      t += 1 / (55 + 35 * Math.sin(Math.PI * t / 0.62) + rng.uni(-8, 8));
    }
    const grit = whiteNoise(n, rng);
    for (let i = 0; i < n; i++) { const tt = i / SR; grit[i] *= 0.06 * rampUp(tt - 0.03, 0.08) * release(tt, 0.55, 0.08); }
    const ex = mix([src, 1], [grit, 1]);
    const body = mix([biquad(ex, 'bp', 620, 6), 1], [biquad(ex, 'bp', 1380, 7), 0.6], [biquad(ex, 'bp', 2450, 8), 0.3], [biquad(ex, 'lp', 300), 0.5]);
    for (let i = 0; i < n; i++) { const tt = i / SR; body[i] *= rampUp(tt - 0.02, 0.12) * release(tt, 0.56, 0.1); }
    // the chair settles
    addAt(body, modes([[140, 1, 0.04], [310, 0.5, 0.03], [900, 0.2, 0.015]], 0.2, rng), secs(0.7), 0.35);
    return fadeEdges(inRoom(biquad(body, 'lp', 4000), len, { wet: 0.2 }), 0.002, 0.06);
  },

  notification() {
    const rng = new Rng(hashSeed('notification'));
    const y = buf(secs(0.75));
    const ping = (f, at, v) => {
      const m = secs(0.6); const b = buf(m);
      for (let i = 0; i < m; i++) {
        const t = i / SR;
        const I = 0.9 * Math.exp(-t / 0.05);
        b[i] = Math.sin(TAU * f * t + I * Math.sin(TAU * f * 2 * t)) * rampUp(t, 0.003) * Math.exp(-t / 0.16);
      }
      addAt(y, b, secs(at), v);
    };
    ping(mtof(79), 0.0, 0.7);
    ping(mtof(84), 0.09, 0.8);
    return fadeEdges(inRoom(y, 0.75, { wet: 0.2 }), 0.001, 0.15);
  },

  footsteps() {
    const rng = new Rng(hashSeed('footsteps'));
    const y = buf(secs(1.8));
    for (let k = 0; k < 4; k++) {
      const at = 0.03 + k * 0.42 + rng.uni(-0.02, 0.02);
      const v = rng.uni(0.8, 1) * (k === 3 ? 0.85 : 1);
      // heel: soft low thump
      const heel = buf(secs(0.12));
      const fh = rng.uni(85, 110);
      for (let i = 0; i < heel.length; i++) { const t = i / SR; heel[i] = Math.sin(TAU * fh * t) * Math.exp(-t / 0.025) * rampUp(t, 0.002); }
      addAt(y, heel, secs(at), v);
      addAt(y, noiseHit(rng, { len: 0.06, type: 'lp', f: 1100, decay: 0.012 }), secs(at), v * 0.6);
      // toe: a light scuff
      addAt(y, noiseHit(rng, { len: 0.09, type: 'bp', f: rng.uni(900, 1400), Q: 0.8, attack: 0.01, decay: 0.025 }), secs(at + 0.07), v * 0.4);
    }
    return fadeEdges(inRoom(biquad(y, 'lp', 3000), 1.8, { wet: 0.18 }), 0.001, 0.1);
  },
};

// ---------------------------------------------------------------- the catalogue

// level: target loudness of the file. Music and ambience are normalised by RMS (they play for
// long), with a peak ceiling; effects by peak. Effects sit clearly above the beds.
const CATALOGUE = {
  title: { kind: 'music', make: MUSIC.title, caption: 'Gentle, welcoming piano music', volume: 0.5, rms: -23, peak: -5 },
  lunch: { kind: 'music', make: MUSIC.lunch, caption: 'Light, lively plucked music', volume: 0.45, rms: -23, peak: -5 },
  home: { kind: 'music', make: MUSIC.home, caption: 'Warm, tender piano music', volume: 0.5, rms: -23, peak: -5 },
  meeting: { kind: 'music', make: MUSIC.meeting, caption: 'Steady, hopeful piano music', volume: 0.45, rms: -23, peak: -5 },
  tension: { kind: 'music', make: MUSIC.tension, caption: 'Low, uneasy music', volume: 0.45, rms: -24, peak: -6 },
  reflect: { kind: 'music', make: MUSIC.reflect, caption: 'Soft, thoughtful piano music', volume: 0.5, rms: -23, peak: -5 },
  cafe: { kind: 'ambience', make: AMBIENCE.cafe, caption: 'Soft café chatter, cups clinking', volume: 0.4, rms: -31, peak: -12 },
  kitchen: { kind: 'ambience', make: AMBIENCE.kitchen, caption: 'A fridge hums, a clock ticks, a pan simmers', volume: 0.4, rms: -34, peak: -14 },
  'meeting-room': { kind: 'ambience', make: AMBIENCE['meeting-room'], caption: 'Air conditioning hums, distant typing', volume: 0.4, rms: -34, peak: -14 },
  garden: { kind: 'ambience', make: AMBIENCE.garden, caption: 'A light breeze, birds chirping', volume: 0.4, rms: -32, peak: -12 },
  click: { kind: 'sfx', make: SFX.click, caption: 'Soft click', volume: 0.5, peak: -10 },
  choice: { kind: 'sfx', make: SFX.choice, caption: 'A soft confirming tone', volume: 0.6, peak: -6 },
  chime: { kind: 'sfx', make: SFX.chime, caption: 'A warm chime rings', volume: 0.7, peak: -4 },
  'phone-buzz': { kind: 'sfx', make: SFX['phone-buzz'], caption: 'A phone buzzes on the table', volume: 0.7, peak: -5 },
  cup: { kind: 'sfx', make: SFX.cup, caption: 'A cup is set down on a saucer', volume: 0.7, peak: -5 },
  door: { kind: 'sfx', make: SFX.door, caption: 'A door closes softly', volume: 0.7, peak: -4 },
  kettle: { kind: 'sfx', make: SFX.kettle, caption: 'A kettle clicks on and starts to rumble', volume: 0.7, peak: -5 },
  chair: { kind: 'sfx', make: SFX.chair, caption: 'A chair scrapes across the floor', volume: 0.6, peak: -6 },
  notification: { kind: 'sfx', make: SFX.notification, caption: 'A chat message pings', volume: 0.6, peak: -6 },
  footsteps: { kind: 'sfx', make: SFX.footsteps, caption: 'Soft footsteps', volume: 0.7, peak: -4 },
};

// Encoder settings per kind (mono 22.05 kHz). Effects get a little more bitrate: they are short.
const ENCODE = {
  music: { vorbisQ: 1, mp3: ['-q:a', '6'] }, // LAME VBR V6
  ambience: { vorbisQ: 1, mp3: ['-b:a', '32k'] }, // noise beds: CBR keeps VBR from ballooning
  sfx: { vorbisQ: 3, mp3: ['-b:a', '48k'] },
};

// ---------------------------------------------------------------- levels, WAV, encoding

function measure(x) {
  let peak = 0, sum = 0;
  for (const v of x) { peak = Math.max(peak, Math.abs(v)); sum += v * v; }
  return { peak, rms: Math.sqrt(sum / x.length) };
}

function normalise(x, spec) {
  const { peak, rms } = measure(x);
  let g = spec.kind === 'sfx' ? dbToGain(spec.peak) / peak : dbToGain(spec.rms) / rms;
  if (peak * g > dbToGain(spec.peak)) g = dbToGain(spec.peak) / peak; // never above the ceiling
  // effects get a few ms of digital silence in front and a little at the end, so codec
  // pre-echo and ringing fade into nothing instead of starting or stopping on a step
  const lead = spec.kind === 'sfx' ? secs(0.01) : 0;
  const y = new Float32Array(x.length + (spec.kind === 'sfx' ? lead + secs(0.05) : 0));
  for (let i = 0; i < x.length; i++) y[lead + i] = x[i] * g;
  return y;
}

function writeWavF32(file, samples) {
  const dataBytes = samples.length * 4;
  const b = Buffer.alloc(46 + dataBytes);
  b.write('RIFF', 0); b.writeUInt32LE(38 + dataBytes, 4); b.write('WAVE', 8);
  b.write('fmt ', 12); b.writeUInt32LE(18, 16); b.writeUInt16LE(3, 20); b.writeUInt16LE(1, 22);
  b.writeUInt32LE(SR, 24); b.writeUInt32LE(SR * 4, 28); b.writeUInt16LE(4, 32); b.writeUInt16LE(32, 34);
  b.writeUInt16LE(0, 36);
  b.write('data', 38); b.writeUInt32LE(dataBytes, 42);
  Buffer.from(samples.buffer, samples.byteOffset, dataBytes).copy(b, 46);
  fs.writeFileSync(file, b);
}

function ffmpeg(args) {
  execFileSync('ffmpeg', ['-hide_banner', '-loglevel', 'error', '-y', ...args], { stdio: ['ignore', 'inherit', 'inherit'] });
}

const BITEXACT = ['-map_metadata', '-1', '-fflags', '+bitexact', '-flags:a', '+bitexact'];

// Loops are encoded to MP3 with LOOP_CONTEXT samples of their own end in front and of their own
// start behind, and the LAME tag's encoder delay/padding are raised by as much, so gapless
// decoders (FFmpeg in Chromium, Firefox) trim the context away. The encoder then sees the music
// run on across the loop point, and the ends of the file carry no edge artefacts.
const LOOP_CONTEXT = 2048;

function encode(x, tmp, name, kind) {
  const e = ENCODE[kind];
  const loop = kind !== 'sfx';
  const wav = path.join(tmp, `${name}.wav`);
  writeWavF32(wav, x);
  ffmpeg(['-i', wav, ...BITEXACT, '-ac', '1', '-ar', String(SR), '-c:a', 'libvorbis', '-q:a', String(e.vorbisQ), path.join(OUT, `${name}.ogg`)]);
  let src = wav;
  if (loop) {
    const K = LOOP_CONTEXT, n = x.length;
    const ctx = new Float32Array(n + 2 * K);
    ctx.set(x.subarray(n - K), 0); ctx.set(x, K); ctx.set(x.subarray(0, K), K + n);
    src = path.join(tmp, `${name}-ctx.wav`);
    writeWavF32(src, ctx);
  }
  const mp3 = path.join(OUT, `${name}.mp3`);
  ffmpeg(['-i', src, ...BITEXACT, '-ac', '1', '-ar', String(SR), '-c:a', 'libmp3lame', ...e.mp3, mp3]);
  if (loop) addMp3Padding(mp3, LOOP_CONTEXT);
  return wav;
}

/** CRC-16/ARC, as the LAME tag uses. */
function crc16(bytes) {
  let crc = 0;
  for (const b of bytes) { crc ^= b; for (let j = 0; j < 8; j++) crc = crc & 1 ? (crc >>> 1) ^ 0xa001 : crc >>> 1; }
  return crc;
}

/** Raise the encoder delay and padding in an MP3's Xing/Info LAME tag by k samples each. */
function addMp3Padding(file, k) {
  const b = fs.readFileSync(file);
  let off = 0;
  if (b.toString('latin1', 0, 3) === 'ID3') off = 10 + ((b[6] << 21) | (b[7] << 14) | (b[8] << 7) | b[9]) + (b[5] & 0x10 ? 10 : 0);
  if (b[off] !== 0xff || (b[off + 1] & 0xe0) !== 0xe0) throw new Error(`${file}: no MP3 frame at ${off}`);
  let tag = -1;
  for (let i = off + 4; i < off + 40; i++) { const t = b.toString('latin1', i, i + 4); if (t === 'Info' || t === 'Xing') { tag = i; break; } }
  if (tag < 0) throw new Error(`${file}: no Xing/Info tag`);
  const flags = b.readUInt32BE(tag + 4);
  let lame = tag + 8;
  if (flags & 1) lame += 4;
  if (flags & 2) lame += 4;
  if (flags & 4) lame += 100;
  if (flags & 8) lame += 4;
  const enc = b.toString('latin1', lame, lame + 4);
  if (!['LAME', 'Lavf', 'Lavc'].includes(enc)) throw new Error(`${file}: no LAME tag (${enc})`);
  const dp = b.readUIntBE(lame + 21, 3);
  const delay = (dp >> 12) + k, padding = (dp & 0xfff) + k;
  if (delay > 0xfff || padding > 0xfff) throw new Error(`${file}: delay ${delay} / padding ${padding} do not fit the tag`);
  b.writeUIntBE((delay << 12) | padding, lame + 21, 3);
  const crcAt = lame + 34; // the tag CRC covers every byte of the frame before it
  b.writeUInt16BE(crc16(b.subarray(off, crcAt)), crcAt);
  fs.writeFileSync(file, b);
}

function writeManifest() {
  const sounds = {};
  for (const [name, s] of Object.entries(CATALOGUE)) {
    sounds[name] = { kind: s.kind, files: [`${name}.ogg`, `${name}.mp3`], caption: s.caption, volume: s.volume, loop: s.kind !== 'sfx' };
  }
  fs.writeFileSync(path.join(OUT, 'manifest.json'), JSON.stringify({ version: 1, sounds }, null, 2) + '\n');
}

// ---------------------------------------------------------------- verification

function decode(file) {
  const raw = execFileSync('ffmpeg', ['-hide_banner', '-loglevel', 'error', '-i', file, '-f', 'f32le', '-ac', '1', '-ar', String(SR), '-'], { maxBuffer: 1 << 28 });
  return new Float32Array(raw.buffer, raw.byteOffset, raw.length / 4);
}

function probeDuration(file) {
  const out = execFileSync('ffprobe', ['-v', 'error', '-show_entries', 'stream=codec_name,sample_rate,channels:format=duration', '-of', 'json', file]).toString();
  const j = JSON.parse(out);
  return { codec: j.streams[0].codec_name, rate: Number(j.streams[0].sample_rate), channels: j.streams[0].channels, duration: Number(j.format.duration) };
}

/** Seam check for loops. x is treated as circular. Returns
 *  - jump / p999: the step from the last sample to the first, and the 99.9th percentile of steps;
 *  - bend / bend999: the same for the change of slope (2nd difference);
 *  - click / click99: high-passed (2nd difference) energy in a 3 ms window centred on the seam,
 *    and the 99th percentile of the same window energy elsewhere. A click at the loop point
 *    would stand far above the music's own transients. */
function seam(x) {
  const n = x.length;
  const at = (i) => x[((i % n) + n) % n];
  const d1 = new Float32Array(n), d2 = new Float32Array(n);
  for (let i = 0; i < n; i++) { d1[i] = Math.abs(at(i) - at(i - 1)); d2[i] = Math.abs(at(i) - 2 * at(i - 1) + at(i - 2)); }
  const p = (a, q) => Float32Array.from(a).sort()[Math.floor(a.length * q)];
  const W = 32;
  const win = (c) => { let s = 0; for (let i = c - W; i < c + W; i++) s += d2[((i % n) + n) % n] ** 2; return s / (2 * W); };
  const wins = []; for (let c = W; c < n - W; c += W) wins.push(win(c));
  return { jump: d1[0], p999: p(d1, 0.999), bend: Math.max(d2[0], d2[1]), bend999: p(d2, 0.999), click: win(0), click99: p(wins, 0.99) };
}

const db = (v) => (v > 0 ? 20 * Math.log10(v) : -Infinity);

function verify(masters) {
  const manifest = JSON.parse(fs.readFileSync(path.join(OUT, 'manifest.json'), 'utf8'));
  const problems = [];
  const rows = [];
  let total = 0;
  for (const [name, entry] of Object.entries(manifest.sounds)) {
    const spec = CATALOGUE[name];
    if (!spec) problems.push(`${name}: in manifest but not in catalogue`);
    for (const f of entry.files) {
      const file = path.join(OUT, f);
      if (!fs.existsSync(file)) { problems.push(`${f}: missing`); continue; }
      const bytes = fs.statSync(file).size; total += bytes;
      const p = probeDuration(file);
      const pcm = decode(file);
      const dur = pcm.length / SR;
      const { peak, rms } = measure(pcm);
      let seamNote = '-';
      if (entry.loop) {
        const s = seam(pcm);
        seamNote = `step ${db(s.jump).toFixed(0)}/${db(s.p999).toFixed(0)}  hf ${db(Math.sqrt(s.click)).toFixed(0)}/${db(Math.sqrt(s.click99)).toFixed(0)}`;
        // lossy coding adds its own noise at the file ends (about as much as anywhere else), so
        // the decoded files are judged by the click window; the masters are checked strictly in main()
        if (s.jump > s.p999) problems.push(`${f}: loop seam jump ${s.jump.toFixed(4)} > steps ${s.p999.toFixed(4)}`);
        if (s.click > s.click99) problems.push(`${f}: loop seam click energy ${db(Math.sqrt(s.click)).toFixed(1)} dB > ${db(Math.sqrt(s.click99)).toFixed(1)} dB`);
        const [lo, hi] = entry.kind === 'music' ? [20, 40] : [15, 30];
        if (!(dur >= lo && dur <= hi)) problems.push(`${f}: loop length ${dur.toFixed(2)} s not in ${lo}–${hi} s`);
      } else {
        const edge = Math.max(Math.abs(pcm[0]), Math.abs(pcm[pcm.length - 1]));
        seamNote = `edge ${db(edge).toFixed(0)}`;
        if (edge > 0.005) problems.push(`${f}: edge not faded (${edge.toFixed(4)})`);
        if (dur >= 2) problems.push(`${f}: ${dur.toFixed(2)} s is not under 2 s`);
      }
      // Loops must decode to exactly the master's length (gapless). ffmpeg's Ogg demuxer is known to
      // be a few hundred samples off at the ends of very short Vorbis files; those ends are silence.
      const tol = entry.loop ? 0 : 600;
      if (masters && masters[name] && Math.abs(masters[name] - pcm.length) > tol) problems.push(`${f}: decodes to ${pcm.length} samples, master has ${masters[name]}`);
      if (peak >= 0.999) problems.push(`${f}: clips (peak ${peak.toFixed(3)})`);
      if (p.channels !== 1 || p.rate !== SR) problems.push(`${f}: ${p.channels} ch ${p.rate} Hz`);
      rows.push({ name, kind: entry.kind, file: f, codec: p.codec, dur: dur.toFixed(2), bytes, peak: db(peak).toFixed(1), rms: db(rms).toFixed(1), seamNote });
    }
  }
  const pad = (s, n) => String(s).padEnd(n);
  const lpad = (s, n) => String(s).padStart(n);
  console.log(`\n${pad('name', 13)}${pad('kind', 9)}${pad('file', 19)}${pad('codec', 8)}${lpad('dur s', 6)}${lpad('bytes', 8)}${lpad('peak dB', 9)}${lpad('rms dB', 8)}  loop seam dB: step seam/p99.9, hf seam/p99 | sfx: edge sample dB`);
  for (const r of rows) {
    console.log(`${pad(r.name, 13)}${pad(r.kind, 9)}${pad(r.file, 19)}${pad(r.codec, 8)}${lpad(r.dur, 6)}${lpad(r.bytes, 8)}${lpad(r.peak, 9)}${lpad(r.rms, 8)}  ${r.seamNote}`);
  }
  const mf = fs.statSync(path.join(OUT, 'manifest.json')).size;
  total += mf;
  const other = fs.readdirSync(OUT).filter((f) => f !== 'manifest.json' && !rows.some((r) => r.file === f));
  for (const f of other) { total += fs.statSync(path.join(OUT, f)).size; problems.push(`${f}: not in manifest`); }
  console.log(`\nmanifest.json ${mf} bytes; total ${total} bytes (${(total / 1048576).toFixed(2)} MiB); budget ${SIZE_BUDGET} bytes`);
  if (total > SIZE_BUDGET) problems.push(`total size ${total} over budget ${SIZE_BUDGET}`);
  for (const [name, s] of Object.entries(manifest.sounds)) {
    if (!/^[A-Z][^.]*[^.]$/.test(s.caption)) problems.push(`${name}: caption "${s.caption}" should be sentence case without a full stop`);
    if (!(s.volume >= 0 && s.volume <= 1)) problems.push(`${name}: volume ${s.volume}`);
  }
  if (problems.length) { console.log('\nPROBLEMS:\n  ' + problems.join('\n  ')); process.exitCode = 1; } else console.log('All checks passed.');
}

// ---------------------------------------------------------------- main

function main() {
  const args = process.argv.slice(2);
  const opt = (k) => { const i = args.indexOf(k); return i >= 0 ? args[i + 1] : undefined; };
  for (const tool of ['ffmpeg', 'ffprobe']) {
    try { execFileSync(tool, ['-version'], { stdio: 'ignore' }); } catch {
      console.error(`${tool} not found: install it first (Debian/Ubuntu: apt-get install -y ffmpeg)`);
      process.exit(2);
    }
  }
  fs.mkdirSync(OUT, { recursive: true });
  if (args.includes('--verify-only')) { verify(null); return; }
  const only = opt('--only')?.split(',');
  const keep = opt('--keep-wav');
  if (keep) fs.mkdirSync(keep, { recursive: true });
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cg-audio-'));
  const masters = {};
  try {
    for (const [name, spec] of Object.entries(CATALOGUE)) {
      if (only && !only.includes(name)) continue;
      const t0 = Date.now();
      const x = normalise(spec.make(), spec);
      if (spec.kind !== 'sfx') {
        const s = seam(x);
        if (s.jump > s.p999 || s.bend > s.bend999) throw new Error(`${name}: master loop is not seamless (${JSON.stringify(s)})`);
      }
      const wav = encode(x, tmp, name, spec.kind);
      if (keep) fs.copyFileSync(wav, path.join(keep, `${name}.wav`));
      masters[name] = x.length;
      console.log(`made ${name} (${(x.length / SR).toFixed(2)} s) in ${Date.now() - t0} ms`);
    }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  writeManifest();
  verify(masters);
}

main();
