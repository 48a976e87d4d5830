'use strict';

const test = require('node:test');
const assert = require('node:assert');
const path = require('path');
const { parseJavaVersion, findJava, serverJvmOptions } = require('../java');

test('reads the major version of old and new version strings', () => {
  assert.strictEqual(parseJavaVersion('openjdk version "25.0.3" 2025-04-15 LTS'), 25);
  assert.strictEqual(parseJavaVersion('openjdk version "21" 2023-09-19'), 21);
  assert.strictEqual(parseJavaVersion('java version "1.8.0_392"'), 8);
  assert.strictEqual(parseJavaVersion('bash: java: command not found'), undefined);
});

test('the setting comes before JAVA_HOME, which comes before PATH', () => {
  const versions = { [path.join('/jdk25', 'bin', 'java')]: 25, [path.join('/jdk21', 'bin', 'java')]: 21, java: 22 };
  const found = findJava({ configuredHome: '/jdk25', javaHome: '/jdk21', platform: 'linux', exists: () => true,
    versionOf: (java) => versions[java] });
  assert.deepStrictEqual(found, { java: path.join('/jdk25', 'bin', 'java'), version: 25 });
});

test('a JDK older than 21 is passed over for the next candidate', () => {
  const versions = { [path.join('/jdk17', 'bin', 'java')]: 17, java: 21 };
  const found = findJava({ javaHome: '/jdk17', platform: 'linux', exists: () => true, versionOf: (java) => versions[java] });
  assert.deepStrictEqual(found, { java: 'java', version: 21 });
});

test('without a suitable JDK every candidate is explained', () => {
  const found = findJava({ configuredHome: '/nowhere', javaHome: '/jdk17', platform: 'linux',
    exists: (file) => file.startsWith('/jdk17'), versionOf: (java) => (java === 'java' ? undefined : 17) });
  assert.deepStrictEqual(found.problems, [
    `rsnet.java.home (/nowhere): no ${path.join('/nowhere', 'bin', 'java')}`,
    'JAVA_HOME (/jdk17): Java 17',
    'java on PATH: not found',
  ]);
});

test('the Unsafe warning flag only for the JVMs that know it', () => {
  assert.ok(!serverJvmOptions(21).includes('--sun-misc-unsafe-memory-access=allow'));
  assert.ok(serverJvmOptions(25).includes('--sun-misc-unsafe-memory-access=allow'));
});

test('the server heap is bounded: 640m, or the setting when it is a heap size', () => {
  assert.ok(serverJvmOptions(21).includes('-Xmx640m'));
  assert.ok(serverJvmOptions(25, '1g').includes('-Xmx1g'));
  assert.ok(serverJvmOptions(25, '-jar evil.jar').includes('-Xmx640m'));
});
