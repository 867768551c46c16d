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

/** Names of the precisions a kernel runs at, by ONNX element type (fp8 covers the four float8 types). */
const PRECISION_NAMES: Record<number, string> = {
  1: 'fp32', 2: 'int8', 3: 'int8', 4: 'int16', 5: 'int16', 6: 'int32', 7: 'int64', 9: 'bool', 10: 'fp16', 11: 'fp64',
  12: 'int32', 13: 'int64', 16: 'bf16', 17: 'fp8', 18: 'fp8', 19: 'fp8', 20: 'fp8', 21: 'int4', 22: 'int4',
};

/** The precision label of an element type; undefined when unknown (0) or not numeric. */
export function precisionOf(dataType: number): string | undefined {
  return PRECISION_NAMES[dataType];
}

/** 8- and 4-bit integers: the storage types of quantized weights and activations. */
export function isQuantizedType(dataType: number): boolean {
  return dataType === DT.UINT8 || dataType === DT.INT8 || dataType === 21 || dataType === 22;
}
