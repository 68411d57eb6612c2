// Progress on stderr, and the failed checks that decide the exit code.
export const failures: string[] = [];

export const fail = (message: string) => {
  failures.push(message);
  console.error(`  FAIL ${message}`);
};

export const step = (message: string) => console.error(`· ${message}`);

export const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
