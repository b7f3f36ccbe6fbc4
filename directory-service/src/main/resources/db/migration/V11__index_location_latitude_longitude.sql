-- The search's bbox and the map's boxes are ranges of latitude and longitude: close in (a town on the map) the
-- latitude range alone leaves few locations, so the box is read from this index instead of every location. The
-- gist index on ll_to_earth serves radius searches only.
create index location_latitude_longitude on location (latitude, longitude);
