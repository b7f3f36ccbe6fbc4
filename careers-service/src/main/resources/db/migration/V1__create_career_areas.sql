-- The career areas every posting, profile and program is filed under. Their slugs travel in events
-- (careers.job.* "area"), so they never change once published; names and descriptions may.
create table career_area (
    slug        varchar(60)   primary key check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name        varchar(120)  not null,
    description varchar(2000) not null,
    position    int           not null unique
);

insert into career_area (slug, name, description, position) values
('retail-sales', 'Retail sales',
 'Helping customers choose engagement rings, gifts and heirlooms in a jewelry store or online. Sales associates '
 || 'learn diamond and gemstone grading, metals and watch basics, and build long relationships with clients; many '
 || 'grow into store management, buying or clienteling roles.', 1),
('design-and-production', 'Design and production',
 'Making jewelry: bench jewelers who size, repair and set stones, CAD designers who model pieces for 3D printing '
 || 'and casting, stone setters, engravers, polishers, casters and model makers, from small custom shops to '
 || 'manufacturers.', 2),
('technology-and-e-commerce', 'Technology and e-commerce',
 'The systems behind a modern jeweler: point-of-sale and inventory, customer relationship management, data and '
 || 'analytics, e-commerce sites and digital marketing, and the CAD and 3D printing tools used at the bench.', 3),
('responsible-sourcing', 'Corporate social responsibility and responsible sourcing',
 'Making sure diamonds, colored gemstones and precious metals are sourced ethically and traceably: supply-chain '
 || 'due diligence, the Kimberley Process and System of Warranties, recycled metals, sustainability reporting and '
 || 'community programs.', 4),
('finance-and-operations', 'Finance and operations',
 'Running the business: accounting, inventory and memo control, insurance and appraisal records, loss prevention, '
 || 'logistics, human resources and store operations for independent jewelers, chains and suppliers.', 5),
('education-and-training', 'Education and training',
 'Teaching the trade: gemology and bench instructors, sales trainers, certification program staff, and the '
 || 'people who run youth classes, camps and apprenticeships that bring newcomers into the industry.', 6);
