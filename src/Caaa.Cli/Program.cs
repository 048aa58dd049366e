Console.WriteLine("caaa");
