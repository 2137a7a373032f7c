"""Alternative execution engines for ``claimx extract`` (the default, local one is :mod:`claimx.extract`).

- :mod:`claimx.engines.ray_engine`: Ray Data, for corpora beyond one machine (extra ``claimx[ray]``).
"""
