// Finding a JDK to run the RSNet language server: the setting rsnet.java.home, then JAVA_HOME, then
// `java` on PATH, the first of version 21 or newer. No VS Code API here, so node --test covers it.
'use strict';

const path = require('path');
const fs = require('fs');
const { spawnSync } = require('child_process');

const MINIMUM_JAVA = 21;

/** The major version in `java -version` output ("1.8.0" is 8), or undefined. */
function parseJavaVersion(text) {
  const match = /version "(\d+)(?:\.(\d+))?/.exec(text || '');
  if (!match) {
    return undefined;
  }
  const major = Number(match[1]);
  return major === 1 ? Number(match[2]) : major;
}

/** The major version `java -version` reports (on stderr), or undefined when it cannot run. */
function javaVersion(java) {
  const run = spawnSync(java, ['-version'], { encoding: 'utf8', timeout: 15000 });
  return run.error ? undefined : parseJavaVersion(`${run.stderr || ''}${run.stdout || ''}`);
}

/**
 * { java, version } for the first suitable candidate, or { problems } saying what each one was.
 * `exists` and `versionOf` are parameters so that tests need no JDKs.
 */
function findJava({ configuredHome, javaHome, platform = process.platform, exists = fs.existsSync,
  versionOf = javaVersion }) {
  const exe = platform === 'win32' ? 'java.exe' : 'java';
  const candidates = [];
  if (configuredHome) {
    candidates.push({ origin: `rsnet.java.home (${configuredHome})`, java: path.join(configuredHome, 'bin', exe) });
  }
  if (javaHome) {
    candidates.push({ origin: `JAVA_HOME (${javaHome})`, java: path.join(javaHome, 'bin', exe) });
  }
  candidates.push({ origin: 'java on PATH', java: exe });
  const problems = [];
  for (const candidate of candidates) {
    if (candidate.java !== exe && !exists(candidate.java)) {
      problems.push(`${candidate.origin}: no ${candidate.java}`);
      continue;
    }
    const version = versionOf(candidate.java);
    if (version === undefined) {
      problems.push(`${candidate.origin}: not found`);
    } else if (version < MINIMUM_JAVA) {
      problems.push(`${candidate.origin}: Java ${version}`);
    } else {
      return { java: candidate.java, version };
    }
  }
  return { problems };
}

/**
 * JVM options for the server. Its heap is bounded (setting `rsnet.server.maxHeap`, 640m unless set):
 * unbounded, a long editing session grew it to gigabytes. It ends when the heap runs out rather than
 * limping on, and the client starts a new one. Guice warns about sun.misc.Unsafe from Java 23 on, a
 * flag silences it.
 */
function serverJvmOptions(version, maxHeap) {
  const heap = /^[0-9]+[kKmMgG]?$/.test(maxHeap || '') ? maxHeap : DEFAULT_MAX_HEAP;
  const options = ['-XX:+UseSerialGC', `-Xmx${heap}`, '-XX:+ExitOnOutOfMemoryError'];
  return version >= 23 ? [...options, '--sun-misc-unsafe-memory-access=allow'] : options;
}

const DEFAULT_MAX_HEAP = '640m';

module.exports = { MINIMUM_JAVA, DEFAULT_MAX_HEAP, parseJavaVersion, findJava, serverJvmOptions };
