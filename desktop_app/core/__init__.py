"""Domain logic of Gezinsplan: plain data and rules. No Qt, no SQL, no reportlab."""
