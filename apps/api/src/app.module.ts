import { Module } from '@nestjs/common';
import { ConfigModule } from '@app/config';
import { DatabaseModule } from '@app/database';

@Module({
  imports: [ConfigModule, DatabaseModule],
})
export class AppModule {}
