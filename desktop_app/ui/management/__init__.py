"""The management report page (issue 16): figures per municipality and period."""
