using AIntops.Bench;

// bench/run-analytics.sh drives this: "load" sends a realistic history through /v1/ingest/batch,
// "query" times every dashboard, explorer and request-log query over HTTP; bench/run-otlp.sh drives "otlp", which compares
// OTLP trace export with batch ingest.
return args switch
{
    ["load", var url, var key, var events, var days, var seed] => await Loader.RunAsync(new Uri(url), key, long.Parse(events), int.Parse(days), int.Parse(seed)),
    ["query", var url, var token, var iterations] => await QueryTimer.RunAsync(new Uri(url), token, int.Parse(iterations)),
    ["otlp", var url, var key, var seconds] => await OtlpLoad.RunAsync(new Uri(url), key, int.Parse(seconds)),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: load <url> <api-key> <events> <days> <seed> | query <url> <bearer-token> <iterations> | otlp <url> <api-key> <seconds>");
    return 2;
}
