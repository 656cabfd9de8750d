"""Placeholder: the dashboard issue builds the real app on analysis/."""
