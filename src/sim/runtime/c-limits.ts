// The C integer types CPython converts arguments to on a 64-bit build: what fits in a Py_ssize_t and in an int.
export const SSIZE_MAX = 2n ** 63n - 1n;
export const SSIZE_MIN = -(2n ** 63n);
export const INT_MAX = 2n ** 31n - 1n;
export const INT_MIN = -(2n ** 31n);
