"""Batch runs over large archives: one partition function shared by the local process pool and Spark."""
