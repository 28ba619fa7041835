-- gdelt-events.sql — a PostgreSQL table for `truce code --format gdelt`
-- rows (GDELT 2.0 Events, 61 tab-separated columns, no header), for
-- stores past one machine. Load with (empty fields are NULL):
--   psql -f tools/gdelt-events.sql
--   psql -c "\copy gdelt_events FROM 'events.gdelt.tsv' WITH (FORMAT csv, DELIMITER E'\t', QUOTE E'\x01', NULL '')"
-- GLOBALEVENTID is a hash of (story id, sentence, event number): loading
-- the same rows twice is refused by the primary key, not counted twice.
CREATE TABLE IF NOT EXISTS gdelt_events (
  GLOBALEVENTID bigint PRIMARY KEY, SQLDATE integer, MonthYear integer, Year integer, FractionDate real,
  Actor1Code text, Actor1Name text, Actor1CountryCode text, Actor1KnownGroupCode text, Actor1EthnicCode text,
  Actor1Religion1Code text, Actor1Religion2Code text, Actor1Type1Code text, Actor1Type2Code text,
  Actor1Type3Code text,
  Actor2Code text, Actor2Name text, Actor2CountryCode text, Actor2KnownGroupCode text, Actor2EthnicCode text,
  Actor2Religion1Code text, Actor2Religion2Code text, Actor2Type1Code text, Actor2Type2Code text,
  Actor2Type3Code text,
  IsRootEvent integer, EventCode text, EventBaseCode text, EventRootCode text, QuadClass integer,
  GoldsteinScale real, NumMentions integer, NumSources integer, NumArticles integer, AvgTone real,
  Actor1Geo_Type integer, Actor1Geo_FullName text, Actor1Geo_CountryCode text, Actor1Geo_ADM1Code text,
  Actor1Geo_ADM2Code text, Actor1Geo_Lat real, Actor1Geo_Long real, Actor1Geo_FeatureID text,
  Actor2Geo_Type integer, Actor2Geo_FullName text, Actor2Geo_CountryCode text, Actor2Geo_ADM1Code text,
  Actor2Geo_ADM2Code text, Actor2Geo_Lat real, Actor2Geo_Long real, Actor2Geo_FeatureID text,
  ActionGeo_Type integer, ActionGeo_FullName text, ActionGeo_CountryCode text, ActionGeo_ADM1Code text,
  ActionGeo_ADM2Code text, ActionGeo_Lat real, ActionGeo_Long real, ActionGeo_FeatureID text,
  DATEADDED bigint, SOURCEURL text);
CREATE INDEX IF NOT EXISTS gdelt_events_date ON gdelt_events (SQLDATE);
CREATE INDEX IF NOT EXISTS gdelt_events_dyad ON gdelt_events (Actor1CountryCode, Actor2CountryCode, SQLDATE);
