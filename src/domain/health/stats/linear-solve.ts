/**
 * Solving A·x = b for the small symmetric positive (semi)definite systems of a Newton step, by Cholesky.
 */

/** Lower-triangular L with A = L·Lᵀ, or null when A is not (numerically) positive definite. */
export function cholesky(A: readonly number[][]): number[][] | null {
  const n = A.length;
  const L = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let j = 0; j < n; j++) {
    const Lj = L[j] as number[];
    const original = (A[j] as number[])[j] as number;
    let diagonal = original;
    for (let k = 0; k < j; k++) diagonal -= (Lj[k] as number) ** 2;
    // Relative test: a pivot lost to rounding against the original diagonal means a singular direction.
    if (!(diagonal > 1e-13 * Math.abs(original))) return null;
    const pivot = Math.sqrt(diagonal);
    Lj[j] = pivot;
    for (let i = j + 1; i < n; i++) {
      const Li = L[i] as number[];
      let sum = (A[i] as number[])[j] as number;
      for (let k = 0; k < j; k++) sum -= (Li[k] as number) * (Lj[k] as number);
      Li[j] = sum / pivot;
    }
  }
  return L;
}

function substitute(L: readonly number[][], b: readonly number[]): number[] {
  const n = L.length;
  const z = new Array<number>(n).fill(0);
  for (let i = 0; i < n; i++) {
    let sum = b[i] as number;
    for (let k = 0; k < i; k++) sum -= ((L[i] as number[])[k] as number) * (z[k] as number);
    z[i] = sum / ((L[i] as number[])[i] as number);
  }
  const x = new Array<number>(n).fill(0);
  for (let i = n - 1; i >= 0; i--) {
    let sum = z[i] as number;
    for (let k = i + 1; k < n; k++) sum -= ((L[k] as number[])[i] as number) * (x[k] as number);
    x[i] = sum / ((L[i] as number[])[i] as number);
  }
  return x;
}

/**
 * x with A·x = b for symmetric A. When A is singular (e.g. an unpenalised fit with a constant or duplicated
 * column), a growing ridge is added to the diagonal until Cholesky succeeds — a Levenberg-style damping that
 * still gives a descent direction for a Newton step.
 */
export function solveSymmetric(A: readonly number[][], b: readonly number[]): number[] {
  if (A.length !== b.length) throw new RangeError(`b: expected ${A.length} entries, got ${b.length}`);
  const scale = Math.max(1, ...A.map((row, i) => Math.abs(row[i] as number)));
  for (let ridge = 0; ridge <= scale; ridge = ridge === 0 ? scale * 1e-12 : ridge * 10) {
    const L = cholesky(ridge === 0 ? A : A.map((row, i) => row.map((v, j) => (i === j ? v + ridge : v))));
    if (L) return substitute(L, b);
  }
  throw new RangeError('A: not positive semidefinite');
}
