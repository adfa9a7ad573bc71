// SPDX-License-Identifier: MIT
// Places, people's names, products and return notes of the demo data. Postal codes are
// the real ranges of each city (ZIP, PIN, PLZ, code postal, postcode district...).
#include "democatalog.h"

#include <QString>

#include <array>

namespace ct {

namespace {

// clang-format off

// US regions: 0 West, 1 Mountain, 2 South Central, 3 Midwest, 4 Southeast, 5 Northeast.
// IN regions: 0 North, 1 West, 2 South, 3 East. DE: 0 North, 1 East, 2 West, 3 South.
// FR, GB, IT: 0 north, 1 south (GB: 0 South and Midlands, 1 North).
constexpr auto Places = std::to_array<DemoPlace>({
    // United States
    {"US", "New York", "NY", nullptr, 10001, 291, 5, 120, "212"},
    {"US", "Brooklyn", "NY", nullptr, 11201, 38, 5, 50, "718"},
    {"US", "Los Angeles", "CA", nullptr, 90001, 89, 0, 90, "213"},
    {"US", "Chicago", "IL", nullptr, 60601, 60, 3, 60, "312"},
    {"US", "Houston", "TX", nullptr, 77002, 97, 2, 50, "713"},
    {"US", "Phoenix", "AZ", nullptr, 85003, 52, 1, 35, "602"},
    {"US", "Philadelphia", "PA", nullptr, 19102, 52, 5, 35, "215"},
    {"US", "San Antonio", "TX", nullptr, 78201, 65, 2, 25, "210"},
    {"US", "San Diego", "CA", nullptr, 92101, 53, 0, 28, "619"},
    {"US", "Dallas", "TX", nullptr, 75201, 52, 2, 45, "214"},
    {"US", "Austin", "TX", nullptr, 78701, 53, 2, 25, "512"},
    {"US", "Jacksonville", "FL", nullptr, 32202, 55, 4, 15, "904"},
    {"US", "San Jose", "CA", nullptr, 95110, 50, 0, 20, "408"},
    {"US", "Fort Worth", "TX", nullptr, 76102, 75, 2, 18, "817"},
    {"US", "Columbus", "OH", nullptr, 43201, 35, 3, 18, "614"},
    {"US", "Charlotte", "NC", nullptr, 28202, 75, 4, 20, "704"},
    {"US", "Indianapolis", "IN", nullptr, 46201, 59, 3, 18, "317"},
    {"US", "San Francisco", "CA", nullptr, 94102, 32, 0, 35, "415"},
    {"US", "Seattle", "WA", nullptr, 98101, 98, 0, 38, "206"},
    {"US", "Denver", "CO", nullptr, 80202, 37, 1, 30, "303"},
    {"US", "Washington", "DC", nullptr, 20001, 36, 5, 30, "202"},
    {"US", "Nashville", "TN", nullptr, 37201, 45, 4, 18, "615"},
    {"US", "Oklahoma City", "OK", nullptr, 73102, 68, 2, 12, "405"},
    {"US", "Boston", "MA", nullptr, 2108, 27, 5, 40, "617"},
    {"US", "El Paso", "TX", nullptr, 79901, 37, 2, 8, "915"},
    {"US", "Portland", "OR", nullptr, 97201, 35, 0, 22, "503"},
    {"US", "Las Vegas", "NV", nullptr, 89101, 65, 0, 20, "702"},
    {"US", "Detroit", "MI", nullptr, 48201, 34, 3, 22, "313"},
    {"US", "Memphis", "TN", nullptr, 38103, 35, 4, 10, "901"},
    {"US", "Louisville", "KY", nullptr, 40202, 70, 3, 10, "502"},
    {"US", "Baltimore", "MD", nullptr, 21201, 30, 5, 18, "410"},
    {"US", "Milwaukee", "WI", nullptr, 53202, 31, 3, 12, "414"},
    {"US", "Albuquerque", "NM", nullptr, 87102, 20, 1, 8, "505"},
    {"US", "Tucson", "AZ", nullptr, 85701, 56, 1, 9, "520"},
    {"US", "Fresno", "CA", nullptr, 93701, 30, 0, 8, "559"},
    {"US", "Sacramento", "CA", nullptr, 95811, 31, 0, 18, "916"},
    {"US", "Atlanta", "GA", nullptr, 30303, 60, 4, 45, "404"},
    {"US", "Kansas City", "MO", nullptr, 64105, 50, 3, 15, "816"},
    {"US", "Miami", "FL", nullptr, 33125, 60, 4, 40, "305"},
    {"US", "Raleigh", "NC", nullptr, 27601, 16, 4, 15, "919"},
    {"US", "Omaha", "NE", nullptr, 68102, 35, 3, 8, "402"},
    {"US", "Minneapolis", "MN", nullptr, 55401, 60, 3, 25, "612"},
    {"US", "Tampa", "FL", nullptr, 33602, 45, 4, 22, "813"},
    {"US", "New Orleans", "LA", nullptr, 70112, 20, 2, 10, "504"},
    {"US", "Cleveland", "OH", nullptr, 44102, 40, 3, 13, "216"},
    {"US", "Pittsburgh", "PA", nullptr, 15201, 35, 5, 15, "412"},
    {"US", "Cincinnati", "OH", nullptr, 45202, 50, 3, 15, "513"},
    {"US", "St. Louis", "MO", nullptr, 63101, 40, 3, 15, "314"},
    {"US", "Orlando", "FL", nullptr, 32801, 38, 4, 20, "407"},
    {"US", "Salt Lake City", "UT", nullptr, 84101, 20, 1, 15, "801"},
    {"US", "Honolulu", "HI", nullptr, 96813, 12, 0, 6, "808"},
    {"US", "Anchorage", "AK", nullptr, 99501, 15, 0, 3, "907"},
    {"US", "Boise", "ID", nullptr, 83702, 12, 1, 6, "208"},
    {"US", "Des Moines", "IA", nullptr, 50309, 12, 3, 6, "515"},
    {"US", "Birmingham", "AL", nullptr, 35203, 30, 4, 7, "205"},
    {"US", "Jersey City", "NJ", nullptr, 7302, 8, 5, 10, "201"},
    {"US", "Newark", "NJ", nullptr, 7102, 12, 5, 8, "973"},
    {"US", "Hartford", "CT", nullptr, 6103, 10, 5, 7, "860"},
    {"US", "Providence", "RI", nullptr, 2903, 6, 5, 8, "401"},
    {"US", "Richmond", "VA", nullptr, 23219, 10, 4, 9, "804"},
    {"US", "Charleston", "SC", nullptr, 29401, 12, 4, 6, "843"},
    {"US", "Madison", "WI", nullptr, 53703, 15, 3, 6, "608"},
    {"US", "Spokane", "WA", nullptr, 99201, 20, 0, 5, "509"},
    {"US", "Reno", "NV", nullptr, 89501, 20, 0, 6, "775"},
    {"US", "Edison", "NJ", nullptr, 8817, 0, 5, 0, "732"},
    {"US", "McDonough", "GA", nullptr, 30253, 0, 4, 0, "770"},
    {"US", "Hebron", "KY", nullptr, 41048, 0, 3, 0, "859"},
    {"US", "Hodgkins", "IL", nullptr, 60525, 0, 3, 0, "708"},
    {"US", "Ontario", "CA", nullptr, 91761, 3, 0, 0, "909"},
    {"US", "Jamaica", "NY", nullptr, 11430, 0, 5, 0, "718"},
    {"US", "Secaucus", "NJ", nullptr, 7094, 0, 5, 0, "201"},

    // India
    {"IN", "Mumbai", "MH", nullptr, 400001, 103, 1, 80, nullptr},
    {"IN", "New Delhi", "DL", nullptr, 110001, 95, 0, 80, nullptr},
    {"IN", "Bengaluru", "KA", nullptr, 560001, 102, 2, 70, nullptr},
    {"IN", "Hyderabad", "TG", nullptr, 500001, 95, 2, 45, nullptr},
    {"IN", "Ahmedabad", "GJ", nullptr, 380001, 60, 1, 28, nullptr},
    {"IN", "Chennai", "TN", nullptr, 600001, 118, 2, 40, nullptr},
    {"IN", "Kolkata", "WB", nullptr, 700001, 156, 3, 40, nullptr},
    {"IN", "Pune", "MH", nullptr, 411001, 61, 1, 35, nullptr},
    {"IN", "Jaipur", "RJ", nullptr, 302001, 42, 0, 18, nullptr},
    {"IN", "Surat", "GJ", nullptr, 395001, 16, 1, 15, nullptr},
    {"IN", "Lucknow", "UP", nullptr, 226001, 30, 0, 15, nullptr},
    {"IN", "Kanpur", "UP", nullptr, 208001, 27, 0, 8, nullptr},
    {"IN", "Nagpur", "MH", nullptr, 440001, 36, 1, 10, nullptr},
    {"IN", "Indore", "MP", nullptr, 452001, 20, 1, 10, nullptr},
    {"IN", "Thane", "MH", nullptr, 400601, 15, 1, 15, nullptr},
    {"IN", "Bhopal", "MP", nullptr, 462001, 46, 1, 8, nullptr},
    {"IN", "Visakhapatnam", "AP", nullptr, 530001, 52, 2, 8, nullptr},
    {"IN", "Patna", "BR", nullptr, 800001, 30, 3, 8, nullptr},
    {"IN", "Vadodara", "GJ", nullptr, 390001, 25, 1, 8, nullptr},
    {"IN", "Ghaziabad", "UP", nullptr, 201001, 20, 0, 10, nullptr},
    {"IN", "Ludhiana", "PB", nullptr, 141001, 16, 0, 7, nullptr},
    {"IN", "Agra", "UP", nullptr, 282001, 10, 0, 5, nullptr},
    {"IN", "Nashik", "MH", nullptr, 422001, 13, 1, 6, nullptr},
    {"IN", "Faridabad", "HR", nullptr, 121001, 12, 0, 8, nullptr},
    {"IN", "Rajkot", "GJ", nullptr, 360001, 7, 1, 5, nullptr},
    {"IN", "Varanasi", "UP", nullptr, 221001, 10, 0, 5, nullptr},
    {"IN", "Srinagar", "JK", nullptr, 190001, 25, 0, 3, nullptr},
    {"IN", "Amritsar", "PB", nullptr, 143001, 10, 0, 4, nullptr},
    {"IN", "Coimbatore", "TN", nullptr, 641001, 49, 2, 9, nullptr},
    {"IN", "Kochi", "KL", nullptr, 682001, 40, 2, 10, nullptr},
    {"IN", "Thiruvananthapuram", "KL", nullptr, 695001, 40, 2, 6, nullptr},
    {"IN", "Guwahati", "AS", nullptr, 781001, 40, 3, 6, nullptr},
    {"IN", "Bhubaneswar", "OD", nullptr, 751001, 30, 3, 6, nullptr},
    {"IN", "Chandigarh", "CH", nullptr, 160001, 36, 0, 8, nullptr},
    {"IN", "Mysuru", "KA", nullptr, 570001, 30, 2, 5, nullptr},
    {"IN", "Noida", "UP", nullptr, 201301, 10, 0, 14, nullptr},
    {"IN", "Gurugram", "HR", nullptr, 122001, 18, 0, 20, nullptr},
    {"IN", "Dehradun", "UK", nullptr, 248001, 12, 0, 5, nullptr},
    {"IN", "Raipur", "CG", nullptr, 492001, 15, 3, 5, nullptr},
    {"IN", "Ranchi", "JH", nullptr, 834001, 10, 3, 5, nullptr},
    {"IN", "Madurai", "TN", nullptr, 625001, 20, 2, 5, nullptr},
    {"IN", "Howrah", "WB", nullptr, 711101, 15, 3, 6, nullptr},
    {"IN", "Bhiwandi", "MH", nullptr, 421302, 0, 1, 0, nullptr},

    // Germany
    {"DE", "Berlin", "Berlin", nullptr, 10115, 2084, 1, 60, nullptr},
    {"DE", "Hamburg", "Hamburg", nullptr, 20095, 1054, 0, 35, nullptr},
    {"DE", "München", "Bayern", nullptr, 80331, 1598, 3, 40, nullptr},
    {"DE", "Köln", "Nordrhein-Westfalen", nullptr, 50667, 482, 2, 28, nullptr},
    {"DE", "Frankfurt am Main", "Hessen", nullptr, 60306, 293, 2, 22, nullptr},
    {"DE", "Stuttgart", "Baden-Württemberg", nullptr, 70173, 456, 3, 18, nullptr},
    {"DE", "Düsseldorf", "Nordrhein-Westfalen", nullptr, 40210, 419, 2, 18, nullptr},
    {"DE", "Leipzig", "Sachsen", nullptr, 4103, 254, 1, 14, nullptr},
    {"DE", "Dortmund", "Nordrhein-Westfalen", nullptr, 44135, 253, 2, 14, nullptr},
    {"DE", "Essen", "Nordrhein-Westfalen", nullptr, 45127, 232, 2, 13, nullptr},
    {"DE", "Bremen", "Bremen", nullptr, 28195, 584, 0, 13, nullptr},
    {"DE", "Dresden", "Sachsen", nullptr, 1067, 261, 1, 13, nullptr},
    {"DE", "Hannover", "Niedersachsen", nullptr, 30159, 510, 0, 13, nullptr},
    {"DE", "Nürnberg", "Bayern", nullptr, 90402, 89, 3, 12, nullptr},
    {"DE", "Kiel", "Schleswig-Holstein", nullptr, 24103, 56, 0, 6, nullptr},
    {"DE", "Freiburg im Breisgau", "Baden-Württemberg", nullptr, 79098, 17, 3, 6, nullptr},
    {"DE", "Mannheim", "Baden-Württemberg", nullptr, 68159, 150, 3, 7, nullptr},
    {"DE", "Münster", "Nordrhein-Westfalen", nullptr, 48143, 24, 2, 7, nullptr},
    {"DE", "Bonn", "Nordrhein-Westfalen", nullptr, 53111, 118, 2, 7, nullptr},
    {"DE", "Augsburg", "Bayern", nullptr, 86150, 49, 3, 7, nullptr},
    {"DE", "Erfurt", "Thüringen", nullptr, 99084, 15, 1, 5, nullptr},

    // France
    {"FR", "Paris", "Île-de-France", nullptr, 75001, 19, 0, 70, nullptr},
    {"FR", "Marseille", "Provence-Alpes-Côte d'Azur", nullptr, 13001, 15, 1, 20, nullptr},
    {"FR", "Lyon", "Auvergne-Rhône-Alpes", nullptr, 69001, 8, 1, 22, nullptr},
    {"FR", "Toulouse", "Occitanie", nullptr, 31000, 500, 1, 15, nullptr},
    {"FR", "Nice", "Provence-Alpes-Côte d'Azur", nullptr, 6000, 300, 1, 10, nullptr},
    {"FR", "Nantes", "Pays de la Loire", nullptr, 44000, 300, 0, 12, nullptr},
    {"FR", "Strasbourg", "Grand Est", nullptr, 67000, 200, 0, 10, nullptr},
    {"FR", "Montpellier", "Occitanie", nullptr, 34000, 90, 1, 10, nullptr},
    {"FR", "Bordeaux", "Nouvelle-Aquitaine", nullptr, 33000, 800, 1, 14, nullptr},
    {"FR", "Lille", "Hauts-de-France", nullptr, 59000, 800, 0, 14, nullptr},
    {"FR", "Rennes", "Bretagne", nullptr, 35000, 700, 0, 9, nullptr},
    {"FR", "Roissy-en-France", "Île-de-France", nullptr, 95700, 0, 0, 0, nullptr},

    // Netherlands
    {"NL", "Amsterdam", "Noord-Holland", nullptr, 1011, 98, 0, 40, nullptr},
    {"NL", "Rotterdam", "Zuid-Holland", nullptr, 3011, 80, 0, 28, nullptr},
    {"NL", "Den Haag", "Zuid-Holland", nullptr, 2511, 90, 0, 25, nullptr},
    {"NL", "Utrecht", "Utrecht", nullptr, 3511, 74, 0, 20, nullptr},
    {"NL", "Eindhoven", "Noord-Brabant", nullptr, 5611, 47, 0, 12, nullptr},
    {"NL", "Groningen", "Groningen", nullptr, 9711, 36, 0, 10, nullptr},
    {"NL", "Tilburg", "Noord-Brabant", nullptr, 5011, 50, 0, 10, nullptr},
    {"NL", "Almere", "Flevoland", nullptr, 1311, 50, 0, 10, nullptr},
    {"NL", "Breda", "Noord-Brabant", nullptr, 4811, 30, 0, 9, nullptr},
    {"NL", "Nijmegen", "Gelderland", nullptr, 6511, 34, 0, 9, nullptr},

    // United Kingdom: postcode area letters, district numbers postalBase..+postalSpan
    {"GB", "London", "England", "SE", 1, 27, 0, 16, nullptr},
    {"GB", "London", "England", "SW", 1, 19, 0, 16, nullptr},
    {"GB", "London", "England", "N", 1, 21, 0, 15, nullptr},
    {"GB", "London", "England", "E", 1, 17, 0, 15, nullptr},
    {"GB", "London", "England", "NW", 1, 10, 0, 14, nullptr},
    {"GB", "London", "England", "W", 2, 12, 0, 14, nullptr},
    {"GB", "Birmingham", "England", "B", 1, 44, 0, 20, nullptr},
    {"GB", "Manchester", "England", "M", 1, 39, 1, 22, nullptr},
    {"GB", "Leeds", "England", "LS", 1, 28, 1, 14, nullptr},
    {"GB", "Glasgow", "Scotland", "G", 1, 80, 1, 14, nullptr},
    {"GB", "Liverpool", "England", "L", 1, 37, 1, 12, nullptr},
    {"GB", "Bristol", "England", "BS", 1, 15, 0, 13, nullptr},
    {"GB", "Sheffield", "England", "S", 1, 35, 1, 11, nullptr},
    {"GB", "Edinburgh", "Scotland", "EH", 1, 16, 1, 12, nullptr},
    {"GB", "Cardiff", "Wales", "CF", 10, 14, 0, 9, nullptr},
    {"GB", "Belfast", "Northern Ireland", "BT", 1, 16, 1, 7, nullptr},
    {"GB", "Nottingham", "England", "NG", 1, 15, 0, 9, nullptr},
    {"GB", "Leicester", "England", "LE", 1, 8, 0, 8, nullptr},
    {"GB", "Newcastle upon Tyne", "England", "NE", 1, 14, 1, 8, nullptr},
    {"GB", "Brighton", "England", "BN", 1, 2, 0, 8, nullptr},
    {"GB", "Southampton", "England", "SO", 14, 5, 0, 7, nullptr},
    {"GB", "Daventry", "England", "NN", 11, 0, 0, 0, nullptr},
    {"GB", "Castle Donington", "England", "DE", 74, 0, 0, 0, nullptr},

    // Spain
    {"ES", "Madrid", "Comunidad de Madrid", nullptr, 28001, 54, 0, 40, nullptr},
    {"ES", "Barcelona", "Cataluña", nullptr, 8001, 41, 0, 35, nullptr},
    {"ES", "Valencia", "Comunidad Valenciana", nullptr, 46001, 25, 0, 15, nullptr},
    {"ES", "Sevilla", "Andalucía", nullptr, 41001, 19, 0, 12, nullptr},
    {"ES", "Zaragoza", "Aragón", nullptr, 50001, 20, 0, 8, nullptr},
    {"ES", "Málaga", "Andalucía", nullptr, 29001, 17, 0, 9, nullptr},
    {"ES", "Bilbao", "País Vasco", nullptr, 48001, 14, 0, 8, nullptr},
    {"ES", "Palma", "Illes Balears", nullptr, 7001, 14, 0, 5, nullptr},

    // Italy
    {"IT", "Milano", "Lombardia", nullptr, 20121, 41, 0, 35, nullptr},
    {"IT", "Torino", "Piemonte", nullptr, 10121, 35, 0, 15, nullptr},
    {"IT", "Genova", "Liguria", nullptr, 16121, 40, 0, 9, nullptr},
    {"IT", "Bologna", "Emilia-Romagna", nullptr, 40121, 20, 0, 10, nullptr},
    {"IT", "Firenze", "Toscana", nullptr, 50121, 24, 0, 10, nullptr},
    {"IT", "Verona", "Veneto", nullptr, 37121, 21, 0, 7, nullptr},
    {"IT", "Roma", "Lazio", nullptr, 118, 81, 1, 35, nullptr},
    {"IT", "Napoli", "Campania", nullptr, 80121, 26, 1, 15, nullptr},
    {"IT", "Palermo", "Sicilia", nullptr, 90121, 30, 1, 9, nullptr},
    {"IT", "Bari", "Puglia", nullptr, 70121, 10, 1, 8, nullptr},

    // Belgium, Austria, Poland, Ireland
    {"BE", "Bruxelles", "Bruxelles-Capitale", nullptr, 1000, 210, 0, 15, nullptr},
    {"BE", "Antwerpen", "Vlaanderen", nullptr, 2000, 60, 0, 12, nullptr},
    {"BE", "Gent", "Vlaanderen", nullptr, 9000, 52, 0, 9, nullptr},
    {"BE", "Liège", "Wallonie", nullptr, 4000, 32, 0, 6, nullptr},
    {"AT", "Wien", "Wien", nullptr, 1010, 220, 0, 25, nullptr},
    {"AT", "Graz", "Steiermark", nullptr, 8010, 52, 0, 8, nullptr},
    {"AT", "Linz", "Oberösterreich", nullptr, 4020, 20, 0, 6, nullptr},
    {"AT", "Salzburg", "Salzburg", nullptr, 5020, 6, 0, 5, nullptr},
    {"AT", "Innsbruck", "Tirol", nullptr, 6020, 0, 0, 4, nullptr},
    {"PL", "Warszawa", "Mazowieckie", nullptr, 1, 998, 0, 20, nullptr},
    {"PL", "Kraków", "Małopolskie", nullptr, 30001, 898, 0, 10, nullptr},
    {"PL", "Wrocław", "Dolnośląskie", nullptr, 50001, 600, 0, 8, nullptr},
    {"PL", "Gdańsk", "Pomorskie", nullptr, 80001, 400, 0, 6, nullptr},
    {"PL", "Poznań", "Wielkopolskie", nullptr, 60001, 700, 0, 7, nullptr},
    {"IE", "Dublin", "Dublin", "D", 1, 23, 0, 20, nullptr},
    {"IE", "Cork", "Cork", "T", 12, 11, 0, 6, nullptr},
    {"IE", "Galway", "Galway", "H", 91, 0, 0, 4, nullptr},
});

constexpr auto Hubs = std::to_array<DemoHub>({
    {"US", 0, "Ontario", -1176, 341},
    {"US", 1, "Denver", -1050, 397},
    {"US", 2, "Fort Worth", -973, 328},
    {"US", 3, "Hodgkins", -879, 418},
    {"US", 4, "Atlanta", -844, 337},
    {"US", 5, "Secaucus", -741, 408},
    {"IN", 0, "Gurugram", 770, 285},
    {"IN", 1, "Bhiwandi", 731, 193},
    {"IN", 2, "Bengaluru", 776, 130},
    {"IN", 3, "Kolkata", 884, 226},
    {"DE", 0, "Hamburg", 100, 536},
    {"DE", 1, "Leipzig", 124, 513},
    {"DE", 2, "Köln", 70, 509},
    {"DE", 3, "Nürnberg", 111, 495},
    {"FR", 0, "Roissy-en-France", 25, 490},
    {"FR", 1, "Lyon", 48, 458},
    {"NL", 0, "Utrecht", 51, 521},
    {"GB", 0, "Birmingham", -19, 525},
    {"GB", 1, "Manchester", -22, 535},
    {"ES", 0, "Madrid", -37, 404},
    {"IT", 0, "Milano", 92, 455},
    {"IT", 1, "Roma", 125, 419},
    {"BE", 0, "Bruxelles", 44, 508},
    {"AT", 0, "Wien", 164, 482},
    {"PL", 0, "Warszawa", 210, 522},
    {"IE", 0, "Dublin", -63, 533},
});

constexpr auto Gateways = std::to_array<DemoGateway>({
    {"US", "ups", "US:Louisville"},
    {"US", "fedex", "US:Memphis"},
    {"US", "dhl", "US:Hebron"},
    {"US", nullptr, "US:Jamaica"},
    {"DE", "dhl", "DE:Leipzig"},
    {"DE", "ups", "DE:Köln"},
    {"DE", "fedex", "FR:Roissy-en-France"},
    {"DE", nullptr, "DE:Frankfurt am Main"},
    {"NL", "dhl", "DE:Leipzig"},
    {"NL", "ups", "NL:Eindhoven"},
    {"NL", "fedex", "FR:Roissy-en-France"},
    {"NL", "deutsche-post", "DE:Frankfurt am Main"},
    {"NL", nullptr, "NL:Amsterdam"},
    {"FR", nullptr, "FR:Roissy-en-France"},
    {"GB", "dhl", "GB:Castle Donington"},
    {"GB", "ups", "GB:Castle Donington"},
    {"GB", nullptr, "GB:London"},
    {"ES", nullptr, "ES:Madrid"},
    {"IT", nullptr, "IT:Milano"},
    {"BE", nullptr, "BE:Bruxelles"},
    {"AT", nullptr, "AT:Wien"},
    {"PL", nullptr, "PL:Warszawa"},
    {"IE", nullptr, "IE:Dublin"},
    {"IN", "ups", "IN:New Delhi"},
    {"IN", "bluedart", "IN:Mumbai"},
    {"IN", nullptr, "IN:Mumbai"},
});

constexpr const char *UsGiven[] = {
    "James", "Mary", "Michael", "Jennifer", "David", "Linda", "Robert", "Jessica", "John",
    "Sarah", "Daniel", "Ashley", "Christopher", "Emily", "Matthew", "Olivia", "Joshua", "Emma",
    "Andrew", "Sophia", "Carlos", "Maria", "Jose", "Ana", "Luis", "Sofia", "Wei", "Mei",
    "Jamal", "Aaliyah", "Tyler", "Madison", "Ethan", "Chloe", "Kevin", "Grace", "Brian",
    "Hannah", "Anthony", "Isabella", "Marcus", "Destiny", "Ryan", "Lauren", "Priya", "Hiro"};
constexpr const char *UsFamily[] = {
    "Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez",
    "Martinez", "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson", "Thomas", "Taylor",
    "Moore", "Jackson", "Martin", "Lee", "Perez", "Thompson", "White", "Harris", "Sanchez",
    "Clark", "Ramirez", "Lewis", "Robinson", "Walker", "Young", "Allen", "King", "Wright",
    "Scott", "Torres", "Nguyen", "Hill", "Flores", "Green", "Adams", "Nelson", "Baker", "Hall",
    "Rivera", "Campbell", "Mitchell", "Carter", "Roberts", "Kim", "Patel", "O'Brien|obrien",
    "Chen", "Washington", "Cohen"};
constexpr const char *InGiven[] = {
    "Aarav", "Vivaan", "Aditya", "Vihaan", "Arjun", "Sai", "Reyansh", "Krishna", "Ishaan",
    "Rohan", "Rahul", "Amit", "Vikram", "Karthik", "Suresh", "Rajesh", "Ananya", "Diya",
    "Priya", "Aadhya", "Saanvi", "Kavya", "Isha", "Pooja", "Neha", "Sneha", "Divya", "Lakshmi",
    "Meera", "Anjali", "Riya", "Shreya", "Deepika", "Swati", "Nisha", "Fatima", "Imran",
    "Harpreet", "Gurpreet", "Arun", "Manoj", "Sunita"};
constexpr const char *InFamily[] = {
    "Sharma", "Verma", "Gupta", "Singh", "Kumar", "Patel", "Shah", "Mehta", "Iyer", "Nair",
    "Reddy", "Rao", "Naidu", "Pillai", "Menon", "Das", "Banerjee", "Chatterjee", "Mukherjee",
    "Ghosh", "Bose", "Sen", "Joshi", "Kulkarni", "Deshpande", "Patil", "Jain", "Agarwal",
    "Malhotra", "Kapoor", "Chopra", "Khan", "Ahmed", "Qureshi", "Sinha", "Mishra", "Pandey",
    "Tiwari", "Yadav", "Chauhan", "Gill", "Dhillon", "Fernandes", "D'Souza|dsouza"};
constexpr const char *DeGiven[] = {
    "Lukas", "Leon", "Finn", "Jonas", "Paul", "Felix", "Maximilian", "Elias", "Noah", "Ben",
    "Tim", "Jan", "Niklas", "Tobias", "Stefan", "Michael", "Anna", "Emma", "Mia", "Hannah",
    "Sophie", "Lena", "Lea", "Marie", "Laura", "Julia", "Lisa", "Katharina", "Sarah", "Johanna",
    "Clara", "Sabine", "Jürgen|juergen", "Jörg|joerg", "Özlem|oezlem", "Mehmet"};
constexpr const char *DeFamily[] = {
    "Müller|mueller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker",
    "Schulz", "Hoffmann", "Schäfer|schaefer", "Koch", "Bauer", "Richter", "Klein", "Wolf",
    "Schröder|schroeder", "Neumann", "Schwarz", "Zimmermann", "Braun", "Krüger|krueger",
    "Hofmann", "Hartmann", "Lange", "Schmitt", "Werner", "Krause", "Meier", "Lehmann", "Huber",
    "Gruber", "Yılmaz|yilmaz", "Kaya", "Wimmer"};
constexpr const char *FrGiven[] = {
    "Gabriel", "Léo|leo", "Raphaël|raphael", "Louis", "Lucas", "Hugo", "Jules", "Arthur",
    "Adam", "Nathan", "Thomas", "Nicolas", "Julien", "Pierre", "Antoine", "Jade", "Louise",
    "Emma", "Alice", "Chloé|chloe", "Inès|ines", "Léa|lea", "Manon", "Camille", "Sarah",
    "Juliette", "Élodie|elodie", "Claire", "Mathilde", "Amandine", "Karim", "Yasmine"};
constexpr const char *FrFamily[] = {
    "Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy",
    "Moreau", "Simon", "Laurent", "Lefèvre|lefevre", "Michel", "Garcia", "David", "Bertrand",
    "Roux", "Vincent", "Fournier", "Morel", "Girard", "André|andre", "Mercier", "Dupont",
    "Lambert", "Bonnet", "François|francois", "Martinez", "Legrand", "Benali", "Rousseau"};
constexpr const char *NlGiven[] = {
    "Daan", "Sem", "Lucas", "Levi", "Finn", "Milan", "Bram", "Jesse", "Thijs", "Ruben", "Sven",
    "Lars", "Emma", "Julia", "Sophie", "Tess", "Zoë|zoe", "Sara", "Anna", "Fleur", "Lotte",
    "Eva", "Noor", "Femke", "Sanne", "Iris", "Mohamed", "Fatima", "Wout", "Lieke"};
constexpr const char *NlFamily[] = {
    "de Jong|dejong", "Jansen", "de Vries|devries", "van den Berg|vandenberg",
    "van Dijk|vandijk", "Bakker", "Janssen", "Visser", "Smit", "Meijer", "de Boer|deboer",
    "Mulder", "de Groot|degroot", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen|vanleeuwen",
    "Dekker", "Brouwer", "de Wit|dewit", "Dijkstra", "Smits", "Peeters", "Maes", "Claes",
    "Willems", "Jacobs"};
constexpr const char *GbGiven[] = {
    "Oliver", "George", "Harry", "Jack", "Jacob", "Noah", "Charlie", "Thomas", "William",
    "James", "Oscar", "Alfie", "Liam", "Conor", "Sean", "Amelia", "Olivia", "Isla", "Ava",
    "Emily", "Poppy", "Sophie", "Grace", "Lily", "Freya", "Charlotte", "Siobhan", "Aoife",
    "Niamh", "Priya", "Aisha", "Mohammed"};
constexpr const char *GbFamily[] = {
    "Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Robinson",
    "Wright", "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall", "Wood",
    "Jackson", "Clarke", "Murphy", "Kelly", "O'Sullivan|osullivan", "Walsh", "Byrne", "Ryan",
    "MacDonald|macdonald", "Campbell", "Stewart", "Khan", "Patel", "Hughes"};
constexpr const char *EsGiven[] = {
    "Hugo", "Martín|martin", "Lucas", "Mateo", "Leo", "Daniel", "Alejandro", "Pablo", "Manuel",
    "Álvaro|alvaro", "Javier", "Carlos", "Lucía|lucia", "Sofía|sofia", "Martina",
    "María|maria", "Julia", "Paula", "Valeria", "Emma", "Daniela", "Carmen", "Laura", "Elena",
    "Marta", "Ana"};
constexpr const char *EsFamily[] = {
    "García|garcia", "Rodríguez|rodriguez", "González|gonzalez", "Fernández|fernandez",
    "López|lopez", "Martínez|martinez", "Sánchez|sanchez", "Pérez|perez", "Gómez|gomez",
    "Martín|martin", "Jiménez|jimenez", "Ruiz", "Hernández|hernandez", "Díaz|diaz", "Moreno",
    "Muñoz|munoz", "Álvarez|alvarez", "Romero", "Alonso", "Gutiérrez|gutierrez", "Navarro",
    "Torres", "Domínguez|dominguez", "Vázquez|vazquez", "Ramos", "Gil"};
constexpr const char *ItGiven[] = {
    "Leonardo", "Francesco", "Alessandro", "Lorenzo", "Mattia", "Andrea", "Gabriele",
    "Riccardo", "Tommaso", "Edoardo", "Marco", "Luca", "Giuseppe", "Giovanni", "Sofia",
    "Giulia", "Aurora", "Alice", "Ginevra", "Emma", "Giorgia", "Greta", "Beatrice", "Anna",
    "Chiara", "Francesca", "Martina", "Sara", "Elena", "Federica"};
constexpr const char *ItFamily[] = {
    "Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci",
    "Marino", "Greco", "Bruno", "Gallo", "Conti", "De Luca|deluca", "Mancini", "Costa",
    "Giordano", "Rizzo", "Lombardi", "Moretti", "Barbieri", "Fontana", "Santoro", "Mariani",
    "Rinaldi", "Caruso", "Ferrara", "Galli"};
constexpr const char *PlGiven[] = {
    "Jakub", "Antoni", "Jan", "Szymon", "Franciszek", "Filip", "Aleksander", "Mikołaj|mikolaj",
    "Wojciech", "Kacper", "Piotr", "Tomasz", "Zuzanna", "Julia", "Zofia", "Hanna", "Maja",
    "Lena", "Alicja", "Maria", "Oliwia", "Anna", "Katarzyna", "Agnieszka"};
constexpr const char *PlFamily[] = {
    "Nowak", "Kowalski", "Wiśniewski|wisniewski", "Wójcik|wojcik", "Kowalczyk",
    "Kamiński|kaminski", "Lewandowski", "Zieliński|zielinski", "Szymański|szymanski",
    "Woźniak|wozniak", "Dąbrowski|dabrowski", "Kozłowski|kozlowski", "Jankowski", "Mazur",
    "Kwiatkowski", "Krawczyk", "Piotrowski", "Grabowski"};

constexpr auto NameSets = std::to_array<DemoNameSet>({
    {"US", UsGiven, UsFamily},
    {"IN", InGiven, InFamily},
    {"DE|AT", DeGiven, DeFamily},
    {"FR", FrGiven, FrFamily},
    {"NL|BE", NlGiven, NlFamily},
    {"GB|IE", GbGiven, GbFamily},
    {"ES", EsGiven, EsFamily},
    {"IT", ItGiven, ItFamily},
    {"PL", PlGiven, PlFamily},
});

constexpr auto Products = std::to_array<DemoProduct>({
    {"TEE-ORG", "Organic Cotton Tee", DemoCategory::Apparel, 2800,
     "BLK:Black|WHT:White|NVY:Navy|GRY:Heather Grey|OLV:Olive"},
    {"TEE-PKT", "Pocket Tee", DemoCategory::Apparel, 3200, "WHT:White|SND:Sand|BLK:Black"},
    {"HOOD-FLC", "Fleece Hoodie", DemoCategory::Apparel, 6800,
     "GRY:Heather Grey|BLK:Black|FOR:Forest Green"},
    {"SWT-CRW", "Crewneck Sweatshirt", DemoCategory::Apparel, 5800, "OAT:Oatmeal|NVY:Navy"},
    {"JNS-SLM", "Slim Jeans", DemoCategory::Apparel, 8800, "IND:Indigo|BLK:Washed Black"},
    {"JNS-STR", "Straight Jeans", DemoCategory::Apparel, 8800, "IND:Indigo|LTB:Light Blue"},
    {"CHN-STR", "Stretch Chinos", DemoCategory::Apparel, 7400, "KHK:Khaki|NVY:Navy|OLV:Olive"},
    {"DRS-WRP", "Wrap Dress", DemoCategory::Apparel, 9800, "RST:Rust|BLK:Black|FLR:Floral"},
    {"DRS-LIN", "Linen Midi Dress", DemoCategory::Apparel, 11800, "WHT:White|SGE:Sage"},
    {"SKT-PLT", "Pleated Skirt", DemoCategory::Apparel, 6400, "BLK:Black|CML:Camel"},
    {"SHT-OXF", "Oxford Shirt", DemoCategory::Apparel, 6800, "WHT:White|BLU:Blue|PNK:Pink"},
    {"SHT-LIN", "Linen Shirt", DemoCategory::Apparel, 7200, "WHT:White|SKY:Sky Blue"},
    {"JKT-DEN", "Denim Jacket", DemoCategory::Apparel, 11800, "IND:Indigo"},
    {"JKT-PUF", "Recycled Puffer Jacket", DemoCategory::Apparel, 16800, "BLK:Black|OLV:Olive"},
    {"CT-WOOL", "Wool Overcoat", DemoCategory::Apparel, 24800, "CML:Camel|CHR:Charcoal"},
    {"LEG-PRF", "Performance Leggings", DemoCategory::Apparel, 5800, "BLK:Black|PLM:Plum"},
    {"SHR-RUN", "Running Shorts", DemoCategory::Apparel, 3800, "BLK:Black|COB:Cobalt"},
    {"SWE-MER", "Merino Sweater", DemoCategory::Apparel, 9800, "NVY:Navy|OAT:Oatmeal|RST:Rust"},
    {"PJ-SET", "Cotton Pyjama Set", DemoCategory::Apparel, 6200, "STR:Blue Stripe|SGE:Sage"},
    {"SCK-3PK", "Everyday Socks 3-Pack", DemoCategory::Apparel, 1800, "MIX:Mixed"},
    {"SNK-CLS", "Classic Leather Sneakers", DemoCategory::Footwear, 11800,
     "WHT:White|BLK:Black"},
    {"SNK-RUN", "Lightweight Runners", DemoCategory::Footwear, 13800, "GRY:Grey|NVY:Navy"},
    {"BOT-CHL", "Chelsea Boots", DemoCategory::Footwear, 17800, "BRN:Brown|BLK:Black"},
    {"SND-SLD", "Leather Slides", DemoCategory::Footwear, 5800, "TAN:Tan|BLK:Black"},
    {"LOF-SUE", "Suede Loafers", DemoCategory::Footwear, 13800, "TBC:Tobacco|NVY:Navy"},
    {"BAG-TOT", "Canvas Tote", DemoCategory::Accessories, 3800, "NAT:Natural|BLK:Black"},
    {"BAG-BPK", "Roll-Top Backpack", DemoCategory::Accessories, 9800, "BLK:Black|OLV:Olive"},
    {"BLT-LTH", "Leather Belt", DemoCategory::Accessories, 4800, "BRN:Brown|BLK:Black"},
    {"CAP-BSB", "Cotton Baseball Cap", DemoCategory::Accessories, 2800, "NVY:Navy|SND:Sand"},
    {"BEA-RIB", "Ribbed Beanie", DemoCategory::Accessories, 2800, "GRY:Grey|MUS:Mustard"},
    {"SCF-WOL", "Wool Scarf", DemoCategory::Accessories, 5400, "CML:Camel|CHK:Check"},
    {"SUN-ACE", "Acetate Sunglasses", DemoCategory::Accessories, 8800, "TRT:Tortoise|BLK:Black"},
    {"WAL-CRD", "Card Wallet", DemoCategory::Accessories, 3800, "BRN:Brown|BLK:Black"},
    {"WCH-MIN", "Minimal Watch", DemoCategory::Accessories, 14800, "SLV:Silver|GLD:Gold"},
    {"MUG-STN", "Stoneware Mug Set", DemoCategory::Home, 3400, "SPK:Speckled|SGE:Sage"},
    {"CND-SOY", "Soy Candle", DemoCategory::Home, 2600, "CED:Cedar|FIG:Fig"},
    {"THR-WOL", "Wool Throw", DemoCategory::Home, 8800, "GRY:Grey|RST:Rust"},
    {"TWL-SET", "Organic Towel Set", DemoCategory::Home, 5800, "WHT:White|STN:Stone"},
    {"SKN-SRM", "Vitamin C Serum", DemoCategory::Beauty, 3400, ""},
    {"LIP-BLM", "Tinted Lip Balm", DemoCategory::Beauty, 1600, "RSE:Rose|NUD:Nude"},
    {"FRG-EDP", "Eau de Parfum 50 ml", DemoCategory::Beauty, 7800, ""},
});

constexpr auto ReturnNotes = std::to_array<DemoReturnNote>({
    {ReturnReason::WrongSize, "Runs small, I need one size up."},
    {ReturnReason::WrongSize, "Too big around the waist."},
    {ReturnReason::WrongSize, "Sleeves are too short for me."},
    {ReturnReason::WrongSize, "Fits tight on the shoulders, would like the next size."},
    {ReturnReason::WrongSize, "Shoes are half a size too small."},
    {ReturnReason::WrongColour, "The colour is much darker than on the website."},
    {ReturnReason::WrongColour, "Looks more brown than olive in daylight."},
    {ReturnReason::Damaged, "The box was crushed and the item is scratched."},
    {ReturnReason::Damaged, "Arrived with a tear in the fabric."},
    {ReturnReason::Damaged, "One of the mugs was broken."},
    {ReturnReason::NotAsDescribed, "Material feels thinner than described."},
    {ReturnReason::NotAsDescribed, "Not the same cut as in the photos."},
    {ReturnReason::ChangedMind, "Changed my mind."},
    {ReturnReason::ChangedMind, "Bought two options, keeping the other one."},
    {ReturnReason::LateDelivery, "Arrived after the event I needed it for."},
    {ReturnReason::LateDelivery, "Took far too long, bought elsewhere meanwhile."},
    {ReturnReason::WrongItem, "Received a different colour than ordered."},
    {ReturnReason::WrongItem, "Wrong size was in the package."},
    {ReturnReason::Defective, "Zip broke after one day."},
    {ReturnReason::Defective, "Watch stopped working."},
    {ReturnReason::Defective, "Seam came apart on first wash."},
    {ReturnReason::BetterPriceElsewhere, "Found it cheaper elsewhere."},
});

// clang-format on

} // namespace

std::span<const DemoPlace> demoPlaces()
{
    return Places;
}

const DemoPlace *findDemoPlace(QStringView country, QStringView city)
{
    for (const DemoPlace &p : Places) {
        if (country == QLatin1StringView(p.country) && city == QString::fromUtf8(p.city))
            return &p;
    }
    return nullptr;
}

std::span<const DemoHub> demoHubs()
{
    return Hubs;
}

std::span<const DemoGateway> demoGateways()
{
    return Gateways;
}

std::span<const DemoNameSet> demoNameSets()
{
    return NameSets;
}

std::span<const DemoProduct> demoProducts()
{
    return Products;
}

std::span<const DemoReturnNote> demoReturnNotes()
{
    return ReturnNotes;
}

} // namespace ct
