"""Performance benchmarks (not part of the default test run).

Run everything and write tests/benchmarks/results.md:

    PYTHONPATH=$PWD python -m tests.benchmarks            # 10,000 and 100,000 families

See README.md in this folder for what is measured and the budgets.
"""
