-- gdelt-events.clickhouse.sql — a ClickHouse table for `truce code --format
-- gdelt` rows (GDELT 2.0 Events, 61 tab-separated columns, no header).
-- Load with (an empty numeric field is its default, 0):
--   clickhouse-client --multiquery < tools/gdelt-events.clickhouse.sql
--   clickhouse-client --input_format_tsv_empty_as_default=1 \
--       --query "INSERT INTO gdelt_events FORMAT TabSeparated" < events.gdelt.tsv
-- ReplacingMergeTree keeps one row per GLOBALEVENTID (a hash of story id,
-- sentence and event number) when the same rows are loaded twice.
CREATE TABLE IF NOT EXISTS gdelt_events (
  GLOBALEVENTID UInt64, SQLDATE UInt32, MonthYear UInt32, Year UInt16, FractionDate Float32,
  Actor1Code String, Actor1Name String, Actor1CountryCode String, Actor1KnownGroupCode String,
  Actor1EthnicCode String, Actor1Religion1Code String, Actor1Religion2Code String, Actor1Type1Code String,
  Actor1Type2Code String, Actor1Type3Code String,
  Actor2Code String, Actor2Name String, Actor2CountryCode String, Actor2KnownGroupCode String,
  Actor2EthnicCode String, Actor2Religion1Code String, Actor2Religion2Code String, Actor2Type1Code String,
  Actor2Type2Code String, Actor2Type3Code String,
  IsRootEvent UInt8, EventCode String, EventBaseCode String, EventRootCode String, QuadClass UInt8,
  GoldsteinScale Float32, NumMentions UInt32, NumSources UInt32, NumArticles UInt32, AvgTone Float32,
  Actor1Geo_Type UInt8, Actor1Geo_FullName String, Actor1Geo_CountryCode String, Actor1Geo_ADM1Code String,
  Actor1Geo_ADM2Code String, Actor1Geo_Lat Float64, Actor1Geo_Long Float64, Actor1Geo_FeatureID String,
  Actor2Geo_Type UInt8, Actor2Geo_FullName String, Actor2Geo_CountryCode String, Actor2Geo_ADM1Code String,
  Actor2Geo_ADM2Code String, Actor2Geo_Lat Float64, Actor2Geo_Long Float64, Actor2Geo_FeatureID String,
  ActionGeo_Type UInt8, ActionGeo_FullName String, ActionGeo_CountryCode String, ActionGeo_ADM1Code String,
  ActionGeo_ADM2Code String, ActionGeo_Lat Float64, ActionGeo_Long Float64, ActionGeo_FeatureID String,
  DATEADDED UInt64, SOURCEURL String)
ENGINE = ReplacingMergeTree ORDER BY (SQLDATE, Actor1CountryCode, Actor2CountryCode, GLOBALEVENTID);
