"""The newsroom board: a read-only web app over the NewsRadar indices (`newsradar web`)."""
