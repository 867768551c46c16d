// ONNX TensorProto.DataType codes and their element sizes in bytes.
export const DT = {
  FLOAT: 1, UINT8: 2, INT8: 3, UINT16: 4, INT16: 5, INT32: 6, INT64: 7, STRING: 8, BOOL: 9,
  FLOAT16: 10, DOUBLE: 11, UINT32: 12, UINT64: 13, COMPLEX64: 14, COMPLEX128: 15, BFLOAT16: 16,
} as const;

const SIZE_BYTES: Record<number, number> = {
  1: 4, 2: 1, 3: 1, 4: 2, 5: 2, 6: 4, 7: 8, 8: 8, 9: 1, 10: 2, 11: 8, 12: 4, 13: 8, 14: 8, 15: 16, 16: 2,
  17: 1, 18: 1, 19: 1, 20: 1, 21: 1, 22: 1,
};

/** Bytes per element; unknown types count as 4 (float32), the common case. */
export function elementBytes(dataType: number): number {
  return SIZE_BYTES[dataType] ?? 4;
}

export function isFloatType(dataType: number): boolean {
  return dataType === 1 || dataType === 10 || dataType === 11 || dataType === 16 || (dataType >= 17 && dataType <= 20);
}
