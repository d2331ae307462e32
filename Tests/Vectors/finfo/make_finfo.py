"""Writes finfo.csv: numpy / ml_dtypes `finfo` of every float format floatscope shares with them.

Run with ml_dtypes 0.7.0 and numpy installed (`pip install ml_dtypes==0.7.0 numpy`):
    python3 make_finfo.py > finfo.csv
Values are Python's repr of the float64 (shortest text that reads back to the same double).
The tests read the CSV; they never run Python.
"""
import ml_dtypes
import numpy as np

ML_DTYPES = [("bf16", "bfloat16"), ("e4m3fn", "float8_e4m3fn"), ("e4m3", "float8_e4m3"),
             ("e4m3fnuz", "float8_e4m3fnuz"), ("e4m3b11fnuz", "float8_e4m3b11fnuz"),
             ("e5m2", "float8_e5m2"), ("e5m2fnuz", "float8_e5m2fnuz"), ("e3m4", "float8_e3m4"),
             ("e2m3fn", "float6_e2m3fn"), ("e3m2fn", "float6_e3m2fn"), ("e2m1fn", "float4_e2m1fn"),
             ("e8m0fnu", "float8_e8m0fnu"), ("e5m3fnu", "float8_e5m3fnu")]
NUMPY = [("fp16", np.float16), ("fp32", np.float32), ("fp64", np.float64)]

rows = [(n, ml_dtypes.finfo(getattr(ml_dtypes, t))) for n, t in ML_DTYPES]
rows += [(n, np.finfo(t)) for n, t in NUMPY]
print(f"# ml_dtypes {ml_dtypes.__version__}, numpy {np.__version__}")
print("name,bits,eps,epsneg,max,min,smallest_normal,smallest_subnormal,maxexp,minexp,precision,resolution")
for name, fi in rows:
    r = lambda v: repr(float(v))
    print(",".join([name, str(fi.bits), r(fi.eps), r(fi.epsneg), r(fi.max), r(fi.min), r(fi.smallest_normal),
                    r(fi.smallest_subnormal), str(fi.maxexp), str(fi.minexp), str(fi.precision), r(fi.resolution)]))
