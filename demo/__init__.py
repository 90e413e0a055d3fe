"""The offline demo: fictional outlets' feeds served from localhost."""
