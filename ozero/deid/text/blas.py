"""Pin numpy's OpenBLAS to one thread for natasha's CNN.

slovnet runs tiny matrix products per token; a threaded BLAS on a shared 2-core machine
spends its time spinning and waking threads (measured ~15x slower than one thread). Spark
executors and the bench already parallelise across processes, so one thread each is right.
"""

from __future__ import annotations

import ctypes
import glob
import os

_SETTERS = (
    "scipy_openblas_set_num_threads64_",
    "openblas_set_num_threads64_",
    "openblas_set_num_threads",
)


def single_thread_blas() -> bool:
    """Best effort: env for libraries not yet loaded, then numpy's bundled OpenBLAS directly."""
    for var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(var, "1")
    try:
        import numpy
    except ImportError:
        return False
    libs_dir = os.path.join(os.path.dirname(os.path.dirname(numpy.__file__)), "numpy.libs")
    for path in glob.glob(os.path.join(libs_dir, "*openblas*.so*")):
        try:
            lib = ctypes.CDLL(path)
        except OSError:
            continue
        for name in _SETTERS:
            setter = getattr(lib, name, None)
            if setter is not None:
                setter(1)
                return True
    return False
